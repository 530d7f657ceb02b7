import { model } from "@medusajs/framework/utils"

/**
 * A shopper's browser push subscription (the browser's `PushSubscription`):
 * the push service endpoint it gave and the keys the payload is encrypted to
 * (RFC 8291: `p256dh` the browser's P-256 public key, `auth` its 16-byte
 * secret, both base64url). One row per endpoint: subscribing the same
 * endpoint again updates its keys and owner. `customer_id` is the customer
 * (actor) who subscribed; a push service's 404/410 answer deletes the row.
 */
const PushSubscription = model
  .define("push_subscription", {
    id: model.id({ prefix: "psub" }).primaryKey(),
    customer_id: model.text(),
    endpoint: model.text(),
    p256dh: model.text(),
    auth: model.text(),
    user_agent: model.text().nullable(),
  })
  .indexes([{ on: ["endpoint"], unique: true }, { on: ["customer_id"] }])

export default PushSubscription
