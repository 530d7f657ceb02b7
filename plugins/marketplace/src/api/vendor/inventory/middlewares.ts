import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  listInventoryItemProducts,
  ownedInventoryItemIds,
} from "../../../workflows/inventory/utils/inventory-item-products"
import type { VendorRequest } from "../middlewares"
import { filterOwnedIds } from "../ownership"
import {
  VendorBatchInventory,
  VendorGetInventoryParams,
  type VendorBatchInventoryType,
} from "./validators"

/**
 * Every inventory item of the batch must stock only the caller's products
 * (variant → product → seller, checked with `filterOwnedIds("product")`);
 * otherwise the whole batch answers 404 naming the foreign ids, before
 * anything is written.
 */
export async function ensureSellerOwnsInventoryItems(
  req: VendorRequest<VendorBatchInventoryType>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const ids = [
      ...new Set(req.validatedBody.updates.map((u) => u.inventory_item_id)),
    ]
    const itemProducts = await listInventoryItemProducts(
      req.scope.resolve(ContainerRegistrationKeys.QUERY),
      ids
    )
    const ownedProducts = await filterOwnedIds(req, "product", [
      ...new Set([...itemProducts.values()].flatMap((s) => [...s])),
    ])
    const owned = ownedInventoryItemIds(itemProducts, (id) =>
      ownedProducts.has(id)
    )
    const foreign = ids.filter((id) => !owned.has(id))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Inventory item with id: ${foreign.join(", ")} was not found`
      )
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** /vendor/inventory routes. */
export const vendorInventoryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/inventory",
    middlewares: [validateAndTransformQuery(VendorGetInventoryParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/inventory/batch",
    middlewares: [
      validateAndTransformBody(VendorBatchInventory),
      ensureSellerOwnsInventoryItems,
    ],
  },
]
