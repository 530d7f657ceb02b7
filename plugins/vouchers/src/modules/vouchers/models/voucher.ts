import { model } from "@medusajs/framework/utils"
import { VOUCHER_STATUSES } from "../../../types"
import VoucherPurchase from "./voucher-purchase"

/**
 * One hotspot user. The row (with its unique code) is written before the
 * router is called, so a retry after a crash creates the same user name and
 * the look-up by name finds it instead of creating a duplicate.
 */
const Voucher = model
  .define("voucher", {
    id: model.id({ prefix: "vch" }).primaryKey(),
    username: model.text(),
    password: model.text(),
    package_id: model.text(),
    router_id: model.text(),
    status: model.enum([...VOUCHER_STATUSES]).default("pending"),
    router_user_id: model.text().nullable(),
    created_on_router_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    removed_at: model.dateTime().nullable(),
    purchase: model.belongsTo(() => VoucherPurchase, { mappedBy: "vouchers" }),
  })
  .indexes([
    // Codes are unique across the platform, deleted rows included: a code is never sold twice.
    { on: ["username"], unique: true },
    { on: ["status", "expires_at"] },
  ])

export default Voucher
