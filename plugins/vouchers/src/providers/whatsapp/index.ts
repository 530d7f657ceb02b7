/**
 * WhatsApp notification provider. Register in medusa-config.ts under the
 * Notification Module:
 *   {
 *     resolve: "@belanjain/vouchers/providers/whatsapp",
 *     id: "whatsapp",
 *     options: {
 *       channels: ["whatsapp"],
 *       transport: "cloud", access_token, phone_number_id,
 *       // or: transport: "gateway", token, url?, country_code?
 *     },
 *   }
 * Medusa's loader takes the default export (`module.default ?? module`), so
 * the named exports below do not disturb it.
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { WhatsAppNotificationService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [WhatsAppNotificationService],
})

export { WhatsAppNotificationService, whatsAppMessageText } from "./service"
export { normalizeWhatsAppNumber } from "./phone"
export { WhatsAppSendError } from "./errors"
export { resolveWhatsAppOptions } from "./options"
export { cloudMessageBody, templateParameters } from "./cloud"
export type * from "./types"
