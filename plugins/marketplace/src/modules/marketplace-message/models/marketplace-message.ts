import { model } from "@medusajs/framework/utils"

export const MESSAGE_STATUSES = ["pending", "sent", "failed"] as const

/**
 * One transactional message (e-mail) as rendered and sent by the
 * `marketplace-send-notifications-step`, whatever provider delivered it: the
 * content (so operators and tests can read it, and a failed one can be sent
 * again without re-rendering), its attempts and the errors of failed ones.
 * `idempotency_key` names the message (e.g. `order-placed:shopper:<group>`):
 * one row per message, a repeated event finds it and sends nothing.
 */
const MarketplaceMessage = model
  .define("marketplace_message", {
    id: model.id({ prefix: "mmsg" }).primaryKey(),
    idempotency_key: model.text(),
    template: model.text(),
    channel: model.text().default("email"),
    to: model.text(),
    locale: model.text(),
    subject: model.text(),
    html: model.text(),
    text: model.text(),
    data: model.json().nullable(),
    resource_type: model.text().nullable(),
    resource_id: model.text().nullable(),
    status: model.enum([...MESSAGE_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    /** One entry per failed attempt: `{ attempt, at, message }`. */
    errors: model.json().nullable(),
    /** Medusa's notification row of the attempt that succeeded. */
    notification_id: model.text().nullable(),
    provider_id: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    last_attempt_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["status", "last_attempt_at"] },
    { on: ["to"] },
    { on: ["template"] },
  ])

export default MarketplaceMessage
