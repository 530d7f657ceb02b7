import { sellerStatusActionRoute } from "../../status-action"

/** POST /admin/sellers/:id/approve — pending → active. */
export const POST = sellerStatusActionRoute("approve")
