import { model } from "@medusajs/framework/utils"
import { DEFAULT_CODE_ALPHABET } from "../../../types"
import Router from "./router"
import VoucherPurchase from "./voucher-purchase"

/**
 * What a shopper buys: sold through a product variant (`variant_id`, so the
 * normal cart, price and payment apply); each unit bought creates
 * `vouchers_per_unit` hotspot users with this profile and these limits.
 */
const VoucherPackage = model
  .define("voucher_package", {
    id: model.id({ prefix: "vpkg" }).primaryKey(),
    name: model.text(),
    description: model.text().nullable(),
    variant_id: model.text(),
    router: model.belongsTo(() => Router, { mappedBy: "packages" }),
    /** RouterOS hotspot user profile (rate limit, shared users). */
    hotspot_profile: model.text().default("default"),
    /** RouterOS duration of connected time, e.g. "1d", "3h"; none when null. */
    uptime_limit: model.text().nullable(),
    /** Hours from creation after which the voucher is removed from the router. */
    validity_hours: model.number(),
    /** Data limit in megabytes (upload + download); none when null. */
    data_limit_mb: model.number().nullable(),
    vouchers_per_unit: model.number().default(1),
    code_length: model.number().default(8),
    code_alphabet: model.text().default(DEFAULT_CODE_ALPHABET),
    code_prefix: model.text().default(""),
    /** true: one code is both user name and password; false: a separate password. */
    username_equals_password: model.boolean().default(true),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    purchases: model.hasMany(() => VoucherPurchase, { mappedBy: "package" }),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])

export default VoucherPackage
