import { model } from "@medusajs/framework/utils"
import { PURCHASE_STATUSES } from "../../../types"
import Voucher from "./voucher"
import VoucherDelivery from "./voucher-delivery"
import VoucherPackage from "./voucher-package"

/**
 * One order line that sold a voucher package. `line_item_id` is unique: a
 * repeated event never makes a second purchase for the same line.
 * `payment_collection_id` is the payment that pays for the order (the order's
 * own, or its checkout group's with @belanjain/marketplace).
 */
const VoucherPurchase = model
  .define("voucher_purchase", {
    id: model.id({ prefix: "vpur" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    payment_collection_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    /** Vouchers to create: line quantity × the package's vouchers_per_unit. */
    quantity: model.number(),
    status: model.enum([...PURCHASE_STATUSES]).default("pending"),
    failure_reason: model.text().nullable(),
    generation_attempts: model.number().default(0),
    paid_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    package: model.belongsTo(() => VoucherPackage, { mappedBy: "purchases" }),
    vouchers: model.hasMany(() => Voucher, { mappedBy: "purchase" }),
    deliveries: model.hasMany(() => VoucherDelivery, { mappedBy: "purchase" }),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["payment_collection_id"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])

export default VoucherPurchase
