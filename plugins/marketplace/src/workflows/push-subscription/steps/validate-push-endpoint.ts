import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PUSH_SUBSCRIPTION_MODULE } from "../../../modules/push-subscription"
import type PushSubscriptionModuleService from "../../../modules/push-subscription/service"

/**
 * Refuses an endpoint the server may not push to, before anything is
 * written: `https:` only unless the plugin option `allow_http_endpoints`
 * (WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true) allows `http:`, and never with
 * credentials. A 400 naming `endpoint` otherwise.
 */
export const validatePushEndpointStep = createStep(
  "marketplace-validate-push-endpoint-step",
  async (input: { endpoint: string }, { container }) => {
    container
      .resolve<PushSubscriptionModuleService>(PUSH_SUBSCRIPTION_MODULE)
      .validateEndpoint(input.endpoint)
    return new StepResponse(void 0)
  }
)
