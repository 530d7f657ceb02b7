import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  parseAllowHttpEndpoints,
  pushEndpointProblem,
} from "../../providers/web-push/endpoint"
import PushSubscription from "./models/push-subscription"

/** Options of @belanjain/marketplace that this module reads. */
export type PushSubscriptionModuleOptions = {
  /**
   * The storefront's base URL: push notifications link to its account page
   * (`<storefront_url>/account`). Default http://localhost:8000.
   */
  storefront_url?: string
  /**
   * Accept plain `http:` subscription endpoints (WEB_PUSH_ALLOW_HTTP_ENDPOINTS
   * =true): a local or test push service only. Default false: `https:` only.
   */
  allow_http_endpoints?: boolean | string
}

export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

export function parseStorefrontUrl(value: unknown): string {
  if (value === undefined || value === null || value === "") {
    return DEFAULT_STOREFRONT_URL
  }
  let url: URL | undefined
  try {
    url = new URL(String(value))
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `@belanjain/marketplace option storefront_url (STOREFRONT_URL) must be an http(s) URL, got "${String(value)}"`
    )
  }
  return url.href.replace(/\/+$/, "")
}

class PushSubscriptionModuleService extends MedusaService({
  PushSubscription,
}) {
  protected readonly storefrontUrl_: string
  protected readonly allowHttpEndpoints_: boolean

  constructor(
    container: Record<string, unknown>,
    options: PushSubscriptionModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.storefrontUrl_ = parseStorefrontUrl(options?.storefront_url)
    this.allowHttpEndpoints_ = parseAllowHttpEndpoints(
      options?.allow_http_endpoints
    )
  }

  /** The storefront's base URL, without a trailing slash. */
  getStorefrontUrl(): string {
    return this.storefrontUrl_
  }

  /**
   * Throws a 400 (invalid data) naming `endpoint` unless the server may push
   * to it: `https:` (or `http:` with `allow_http_endpoints`), no credentials.
   */
  validateEndpoint(endpoint: string): void {
    const problem = pushEndpointProblem(endpoint, {
      allow_http: this.allowHttpEndpoints_,
    })
    if (problem) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'endpoint' ${problem}`
      )
    }
  }
}

export default PushSubscriptionModuleService
