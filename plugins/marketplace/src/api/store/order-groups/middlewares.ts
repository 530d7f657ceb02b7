import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  StoreCancelSellerOrder,
  StoreConfirmReceipt,
  StoreGetOrderGroup,
  StoreListOrderGroups,
} from "./validators"
import type { QueryRow } from "../../../workflows/order-lifecycle/utils/query-row"

type Row = QueryRow

/**
 * The one ownership check for a shopper's checkouts: the group must be the
 * calling customer's (`customer_id`), and `:order_id`, when present, one of
 * its orders. Anything else answers 404, so other shoppers' ids are not
 * confirmed. Guest checkouts (no customer) belong to nobody here.
 */
export async function ensureCustomerOwnsOrderGroup(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const { id, order_id: orderId } = req.params
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_group",
      fields: ["id", "customer_id", "orders.id"],
      filters: { id },
    })
    const group = data[0] as Row | undefined
    if (
      !group?.customer_id ||
      group.customer_id !== req.auth_context.actor_id
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order group with id: ${id} was not found`
      )
    }
    if (
      orderId !== undefined &&
      !((group.orders ?? []) as Row[]).some((o) => o?.id === orderId)
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${orderId} was not found in order group ${id}`
      )
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** /store/order-groups routes: customer authentication, ownership, validation. */
export const storeOrderGroupsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/order-groups*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/order-groups",
    middlewares: [
      validateAndTransformQuery(StoreListOrderGroups, {
        defaults: ["id"],
        isList: true,
        defaultLimit: 10,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/order-groups/:id",
    middlewares: [
      ensureCustomerOwnsOrderGroup,
      validateAndTransformQuery(StoreGetOrderGroup, { defaults: ["id"] }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/order-groups/:id/orders/:order_id/cancel",
    middlewares: [
      ensureCustomerOwnsOrderGroup,
      validateAndTransformBody(StoreCancelSellerOrder),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/order-groups/:id/orders/:order_id/confirm-receipt",
    middlewares: [
      ensureCustomerOwnsOrderGroup,
      validateAndTransformBody(StoreConfirmReceipt),
    ],
  },
]
