import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_ORDER_TRANSITION_CONFLICT } from "../../../workflows/order-lifecycle/steps/validate-seller-order-transition"

/**
 * Runs a seller order transition for a route (vendor or store). An illegal
 * transition answers 409 with the step's message naming the current and the
 * requested status: Medusa's error handler answers a CONFLICT with 409 but
 * replaces its message with a generic retry hint, so the route answers it
 * itself. Any other error goes to Medusa's handler.
 * Returns false when it answered the request.
 */
export async function runSellerOrderTransition(
  res: MedusaResponse,
  run: () => Promise<unknown>
): Promise<boolean> {
  try {
    await run()
    return true
  } catch (error) {
    const e = error as { type?: string; code?: string; message?: string }
    if (
      e?.type === MedusaError.Types.CONFLICT &&
      e.code === SELLER_ORDER_TRANSITION_CONFLICT
    ) {
      res.status(409).json({
        type: MedusaError.Types.CONFLICT,
        code: "invalid_state_error",
        message: e.message,
      })
      return false
    }
    throw error
  }
}
