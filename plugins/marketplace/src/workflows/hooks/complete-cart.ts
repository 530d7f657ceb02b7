/* eslint-disable @typescript-eslint/no-explicit-any -- rows read with Query across modules (orders, products, sellers, inventory) are untyped; each function names the fields it reads */
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  enterCheckoutGate,
  leaveCheckoutGate,
  checkoutGateOf,
} from "./checkout-gate"
import {
  splitPlacedOrder,
  undoSplit,
  type SplitOrderInput,
  type SplitOrderUndo,
} from "../order-group/steps/split-order"
import {
  sellerOfShippingMethods,
  sellersInOrder,
} from "../order-group/utils/split-plan"
import { lookupCartSellers } from "../order-group/utils/seller-lookup"
import { sellerNotActiveError } from "./seller-availability"

type Row = Record<string, any>

/**
 * Checkout validation, before Medusa creates the order (Medusa allows one
 * handler per hook: add further checkout validations here):
 * - items cannot be bought once their seller is no longer active;
 * - the cart must be splittable: every item sold by a seller, and every
 *   shipping method shipping the items of exactly one seller;
 * - the checkout gate (./checkout-gate.ts): one completion at a time per
 *   stock-managed item, with an exact out-of-stock check.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    if (!cart || cart.completed_at) return new StepResponse(undefined)
    const items = ((cart.items ?? []) as Row[]).filter(Boolean)
    const methods = ((cart.shipping_methods ?? []) as Row[]).filter(Boolean)
    const lookup = await lookupCartSellers(container, items, methods)
    if (lookup.inactive) {
      throw sellerNotActiveError(lookup.inactive.title, lookup.inactive.seller)
    }
    // A store without sellers keeps Medusa's plain checkout.
    if (lookup.sellerOfProduct.size) {
      sellersInOrder(items, lookup.sellerOfProduct)
      sellerOfShippingMethods(methods, items, lookup)
    }
    // Last: wait for this cart's turn on its items, then check their stock.
    const gate = await enterCheckoutGate(container, cart as Row)
    return new StepResponse(undefined, gate)
  },
  async (gate, { container }) => leaveCheckoutGate(container, gate)
)

/**
 * The split: the order Medusa placed for a cart becomes one order per seller
 * under one order group carrying the payment (see the plugin README). Runs
 * last in the completion, so a failure here rolls back the whole completion.
 */
const hooks =
  completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & {
    orderCreated: (
      invoke: (
        input: SplitOrderInput,
        context: { container: MedusaContainer; eventGroupId?: string }
      ) => Promise<unknown>,
      compensate: (
        undo: SplitOrderUndo | undefined,
        context: { container: MedusaContainer }
      ) => Promise<void>
    ) => void
  }

hooks.orderCreated(
  async ({ order_id, cart_id }, { container, eventGroupId }) => {
    const { result, undo } = await splitPlacedOrder(
      container,
      { order_id, cart_id },
      eventGroupId
    )
    // Stock is reserved and the orders exist: the next shopper may go.
    await leaveCheckoutGate(
      container,
      checkoutGateOf(cart_id, result.gate_items ?? [])
    )
    return new StepResponse(
      { order_group_id: result.order_group_id, order_ids: result.order_ids },
      undo
    )
  },
  async (undo, { container }) => undoSplit(container, undo)
)
