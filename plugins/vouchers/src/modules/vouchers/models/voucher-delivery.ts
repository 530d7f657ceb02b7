import { model } from "@medusajs/framework/utils"
import { DELIVERY_STATUSES } from "../../../types"
import VoucherPurchase from "./voucher-purchase"

/** One delivery attempt of a purchase's codes (WhatsApp or e-mail). */
const VoucherDelivery = model
  .define("voucher_delivery", {
    id: model.id({ prefix: "vdlv" }).primaryKey(),
    /** "initial" for the delivery after generation, "retry-<id>" for each operator resend. */
    round: model.text(),
    channel: model.text(),
    to: model.text().nullable(),
    attempt: model.number(),
    status: model.enum([...DELIVERY_STATUSES]),
    error_message: model.text().nullable(),
    /** The provider's message id (WhatsApp `wamid…`, gateway id). */
    provider_response_id: model.text().nullable(),
    notification_id: model.text().nullable(),
    purchase: model.belongsTo(() => VoucherPurchase, {
      mappedBy: "deliveries",
    }),
  })
  .indexes([{ on: ["status", "created_at"] }])

export default VoucherDelivery
