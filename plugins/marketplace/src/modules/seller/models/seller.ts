import { model } from "@medusajs/framework/utils"
import { SELLER_STATUSES } from "../../../types"
import SellerMember from "./seller-member"

/** A seller (store) on the marketplace. */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text(),
    email: model.text(),
    phone: model.text().nullable(),
    description: model.text().nullable(),
    address_1: model.text().nullable(),
    city: model.text().nullable(),
    province: model.text().nullable(),
    postal_code: model.text().nullable(),
    country_code: model.text().default("id"),
    logo_url: model.text().nullable(),
    status: model.enum([...SELLER_STATUSES]).default("pending"),
    /** Percentage (e.g. 7.5) overriding the platform rate; null uses the global rate. */
    commission_rate: model.float().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
  })
  .cascades({ delete: ["members"] })
  .indexes([
    {
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["status"] },
  ])

export default Seller
