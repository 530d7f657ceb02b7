import { model } from "@medusajs/framework/utils"
import { ROUTER_API_KINDS } from "../../../types"
import VoucherPackage from "./voucher-package"

/**
 * A MikroTik router that hotspot users are created on. The password is never
 * returned by the API: it is stored encrypted (`password_encrypted`, AES-256-GCM
 * with the module's `credentials_secret`) or referenced from the environment
 * (`password_env`, the name of a variable read when the router is called).
 */
const Router = model
  .define("voucher_router", {
    id: model.id({ prefix: "vrtr" }).primaryKey(),
    name: model.text(),
    host: model.text(),
    port: model.number().nullable(),
    api_kind: model.enum([...ROUTER_API_KINDS]).default("rest"),
    use_tls: model.boolean().default(false),
    tls_verify: model.boolean().default(true),
    username: model.text(),
    password_encrypted: model.text().nullable(),
    password_env: model.text().nullable(),
    /** Hotspot server the users are created on (RouterOS `server`); all when null. */
    hotspot_server: model.text().nullable(),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    packages: model.hasMany(() => VoucherPackage, { mappedBy: "router" }),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default Router
