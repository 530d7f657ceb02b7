import type {
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { VendorRequest } from "./middlewares"

/**
 * Entities a seller owns and how to reach the owner from each with Query.
 * Add an entry here when a new /vendor resource appears; routes never check
 * ownership themselves.
 */
export const SELLER_OWNED = {
  product: { entity: "product", sellerField: "seller.id" },
  order: { entity: "order", sellerField: "seller.id" },
  seller_member: { entity: "seller_member", sellerField: "seller.id" },
  // Through the seller's own shipping profile (options are created on it).
  shipping_option: {
    entity: "shipping_option",
    sellerField: "shipping_profile.seller.id",
  },
} as const

export type SellerOwnedKind = keyof typeof SELLER_OWNED

/** The value at a dotted Query path ("shipping_profile.seller.id") of a row. */
function readPath(row: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === "object"
          ? (value as Record<string, unknown>)[key]
          : undefined,
      row
    )
}

/** The ids among `ids` that belong to `sellerId`. */
export async function filterOwnedIds(
  req: VendorRequest,
  kind: SellerOwnedKind,
  ids: string[]
): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const { entity, sellerField } = SELLER_OWNED[kind]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields: ["id", sellerField],
    filters: { id: ids },
  })
  const owned = new Set<string>()
  for (const row of data as { id: string }[]) {
    if (readPath(row, sellerField) === req.seller_context.seller_id) {
      owned.add(row.id)
    }
  }
  return owned
}

/**
 * Middleware for `/vendor/<resource>/:param` routes: answers 404 (never 403,
 * so ids of other sellers are not confirmed) unless the caller's seller owns
 * the record.
 */
export function ensureSellerOwns(kind: SellerOwnedKind, param = "id") {
  return async (
    req: VendorRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    try {
      const id = req.params[param]
      const owned = await filterOwnedIds(req, kind, id ? [id] : [])
      if (!id || !owned.has(id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `${kind[0].toUpperCase()}${kind.slice(1)} with id: ${id} was not found`
        )
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}
