import { model } from "@medusajs/framework/utils"
import { SELLER_MEMBER_ROLES } from "../../../types"
import Seller from "./seller"

/** A person who logs in for a seller (actor type `seller`; the member id is the actor id). */
const SellerMember = model
  .define("seller_member", {
    id: model.id({ prefix: "selmem" }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    role: model.enum([...SELLER_MEMBER_ROLES]).default("member"),
    seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])

export default SellerMember
