import { reviewStatusActionRoute } from "../../status-action"

/** POST /admin/reviews/:id/hide — takes the review out of the store and of the product's rating. */
export const POST = reviewStatusActionRoute("hidden")
