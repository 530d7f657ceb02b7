import { model } from "@medusajs/framework/utils"
import { SELLER_STATUSES } from "../../../types"

/**
 * A seller (store) on the marketplace. Members, links and the status
 * transition table arrive with the seller accounts work (issue 3).
 */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text(),
    email: model.text(),
    phone: model.text().nullable(),
    city: model.text().nullable(),
    logo_url: model.text().nullable(),
    status: model.enum([...SELLER_STATUSES]).default("pending"),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["status"] },
  ])

export default Seller
