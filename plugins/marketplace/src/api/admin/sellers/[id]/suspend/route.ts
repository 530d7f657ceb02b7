import { sellerStatusActionRoute } from "../../status-action"

/** POST /admin/sellers/:id/suspend — active or pending → suspended (products hidden). */
export const POST = sellerStatusActionRoute("suspend")
