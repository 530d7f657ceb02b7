import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { WebPushNotificationService } from "./service"

/**
 * Register under the Notification Module for the "push" channel:
 *   { resolve: "@belanjain/marketplace/providers/web-push", id: "web-push",
 *     options: { channels: ["push"], vapid_public_key, vapid_private_key,
 *                subject, ttl_seconds?, timeout_ms?, allow_http_endpoints? } }
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [WebPushNotificationService],
})

export * from "./service"
