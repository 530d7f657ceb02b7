import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BelanjainSendgridService } from "./service"

/**
 * Register under the Notification Module for the "email" channel:
 *   { resolve: "@belanjain/marketplace/providers/sendgrid", id: "sendgrid",
 *     options: { channels: ["email"], api_key, from, api_url? } }
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [BelanjainSendgridService],
})
