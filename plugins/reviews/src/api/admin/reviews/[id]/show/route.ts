import { reviewStatusActionRoute } from "../../status-action"

/** POST /admin/reviews/:id/show — puts a hidden review back (and into the rating). */
export const POST = reviewStatusActionRoute("visible")
