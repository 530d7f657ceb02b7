import { MedusaError } from "@medusajs/framework/utils"
import PushSubscriptionModuleService from "../service"

/** The subscribe check of POST /store/push-subscriptions (validatePushEndpointStep runs it before any write). */
describe("PushSubscriptionModuleService.validateEndpoint", () => {
  const service = (options: Record<string, unknown>) =>
    new PushSubscriptionModuleService({}, options)
  const refusal = (s: PushSubscriptionModuleService, endpoint: string) => {
    try {
      s.validateEndpoint(endpoint)
      return null
    } catch (e) {
      return e as MedusaError
    }
  }

  it("by default refuses http: with a 400 naming endpoint, accepts https:", () => {
    for (const options of [{}, { allow_http_endpoints: false }]) {
      const s = service(options)
      const e = refusal(s, "http://169.254.169.254/latest/meta-data/")
      expect(e).toBeInstanceOf(MedusaError)
      expect(e!.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(e!.message).toBe(
        "Field 'endpoint' must be an https: URL (plain http only with WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true)"
      )
      expect(refusal(s, "https://push.example/wpush/v2/x")).toBeNull()
    }
  })

  it("with allow_http_endpoints accepts http:, still refuses credentials", () => {
    for (const allow_http_endpoints of [true, "true"]) {
      const s = service({ allow_http_endpoints })
      expect(refusal(s, "http://127.0.0.1:9000/push/x")).toBeNull()
      expect(
        refusal(s, "http://user:pass@127.0.0.1:9000/push/x")?.message
      ).toBe("Field 'endpoint' must not contain credentials (user:password@)")
    }
  })
})
