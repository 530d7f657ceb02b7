import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MidtransProviderService } from "./service"

/**
 * Register in medusa-config.ts under the Payment Module:
 *   {
 *     resolve: "@belanjain/payment-midtrans/providers/midtrans",
 *     id: "midtrans",
 *     options: { server_key, client_key, is_production, base_url },
 *   }
 * Provider id `pp_midtrans_midtrans`; Payment Notification URL
 * `/hooks/payment/midtrans_midtrans`.
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [MidtransProviderService],
})

export { MidtransProviderService, MIDTRANS_IDENTIFIER } from "./service"
export type { MidtransWebhookActionData } from "./service"
export { MidtransClient, MidtransApiError, midtransHosts } from "./client"
export { resolveMidtransOptions } from "./options"
export type { ResolvedMidtransOptions } from "./options"
export { midtransSignature, verifyMidtransSignature } from "./signature"
export {
  mapMidtransStatus,
  isBackwards,
  isCapturedState,
  statusRank,
} from "./status"
export type { MidtransState, MappedStatus } from "./status"
export { sessionIdFromOrderId, orderIdForSession } from "./order-id"
export { assertIdr, toRupiah, parseMidtransAmount } from "./amount"
export type * from "./types"
