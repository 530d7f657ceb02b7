import { sellerStatusActionRoute } from "../../status-action"

/** POST /admin/sellers/:id/reactivate — suspended → active (products visible again). */
export const POST = sellerStatusActionRoute("reactivate")
