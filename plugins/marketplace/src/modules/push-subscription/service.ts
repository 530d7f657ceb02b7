import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import PushSubscription from "./models/push-subscription"

/** Options of @belanjain/marketplace that this module reads. */
export type PushSubscriptionModuleOptions = {
  /**
   * The storefront's base URL: push notifications link to its account page
   * (`<storefront_url>/account`). Default http://localhost:8000.
   */
  storefront_url?: string
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

  constructor(
    container: Record<string, unknown>,
    options: PushSubscriptionModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.storefrontUrl_ = parseStorefrontUrl(options?.storefront_url)
  }

  /** The storefront's base URL, without a trailing slash. */
  getStorefrontUrl(): string {
    return this.storefrontUrl_
  }
}

export default PushSubscriptionModuleService
