import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeOrderGroupFields, toStoreOrderGroup } from "./helpers"
import type { StoreListOrderGroupsType } from "./validators"
import type { QueryRow } from "../../../workflows/order-lifecycle/utils/query-row"

/**
 * GET /store/order-groups — the signed-in shopper's checkouts (groups whose
 * customer is the caller), newest first, each with its sellers' orders and
 * their own statuses. Guest checkouts are not listed.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const { limit, offset } = req.validatedQuery as StoreListOrderGroupsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order_group",
    fields: storeOrderGroupFields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: {
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "DESC" },
    },
  })
  res.json({
    order_groups: (data as QueryRow[]).map(toStoreOrderGroup),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
