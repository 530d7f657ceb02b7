import { z } from "@medusajs/framework/zod"
import { pushEndpointProblem } from "../../../providers/web-push/endpoint"

/** Decoded length of a base64url string (padding allowed), or -1 when it is not base64url. */
function base64UrlBytes(value: string): number {
  const bare = value.replace(/=+$/, "")
  if (!/^[A-Za-z0-9_-]*$/.test(bare) || bare.length % 4 === 1) return -1
  return Math.floor((bare.length * 3) / 4)
}

/**
 * Any http(s) URL: what DELETE accepts, so a browser can still remove a row
 * stored before the stricter subscribe rules below.
 */
const endpoint = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .refine(
    (value) => {
      try {
        const { protocol } = new URL(value)
        return protocol === "https:" || protocol === "http:"
      } catch {
        return false
      }
    },
    { message: "Field 'endpoint' must be an http(s) URL" }
  )

/**
 * A new subscription's endpoint: an http(s) URL without credentials. Whether
 * plain http is allowed depends on the plugin option `allow_http_endpoints`,
 * so the upsert workflow checks the scheme (validatePushEndpointStep).
 */
const subscribeEndpoint = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .superRefine((value, ctx) => {
    const problem = pushEndpointProblem(value, { allow_http: true })
    if (problem) {
      ctx.addIssue({ code: "custom", message: `Field 'endpoint' ${problem}` })
    }
  })

/**
 * `POST /store/push-subscriptions`: the browser's `PushSubscription.toJSON()`
 * (its `expirationTime` may be sent and is ignored). `keys.p256dh` is the
 * browser's P-256 public key (65 bytes, uncompressed), `keys.auth` its
 * 16-byte secret, both base64url as browsers give them.
 */
export const StoreCreatePushSubscription = z
  .object({
    endpoint: subscribeEndpoint,
    expirationTime: z.number().nullable().optional(),
    keys: z
      .object({
        p256dh: z
          .string()
          .refine((v) => base64UrlBytes(v) === 65 && v.startsWith("B"), {
            message:
              "Field 'keys.p256dh' must be a base64url P-256 public key (65 bytes, uncompressed)",
          }),
        auth: z.string().refine((v) => base64UrlBytes(v) === 16, {
          message: "Field 'keys.auth' must be a base64url 16-byte secret",
        }),
      })
      .strict(),
  })
  .strict()
export type StoreCreatePushSubscriptionType = z.infer<
  typeof StoreCreatePushSubscription
>

/** `DELETE /store/push-subscriptions`: the endpoint the browser unsubscribed. */
export const StoreDeletePushSubscription = z.object({ endpoint }).strict()
export type StoreDeletePushSubscriptionType = z.infer<
  typeof StoreDeletePushSubscription
>

export const StoreListPushSubscriptions = z.object({}).strict()
