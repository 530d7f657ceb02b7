import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../middlewares"
import { createSellerProductsWorkflow } from "../../../workflows/product/workflows/create-seller-products"
import {
  listSellerProductIds,
  retrieveVendorProduct,
  toVendorProduct,
} from "./helpers"
import type {
  VendorCreateProductType,
  VendorListProductsType,
} from "./validators"

/** Escapes LIKE wildcards so `q` matches literally. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * GET /vendor/products — the caller's products only (through the
 * seller↔product link), with `q` (title contains), `status`, pagination.
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { q, status } = req.validatedQuery as VendorListProductsType
  const { skip = 0, take = 20, order } = req.queryConfig.pagination ?? {}
  const ids = await listSellerProductIds(
    req.scope,
    req.seller_context.seller_id
  )
  if (!ids.length) {
    return res.json({ products: [], count: 0, offset: skip, limit: take })
  }

  const filters: Record<string, unknown> = { id: ids }
  if (status?.length) filters.status = status
  if (q) filters.title = { $ilike: `%${likeEscape(q)}%` }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters,
    pagination: { skip, take, order },
  })
  res.json({
    products: (data as { id: string }[]).map(toVendorProduct),
    count: metadata?.count ?? data.length,
    offset: skip,
    limit: take,
  })
}

/** POST /vendor/products — create a product with options and variants. */
export async function POST(
  req: VendorRequest<VendorCreateProductType>,
  res: MedusaResponse
) {
  const { result } = await createSellerProductsWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      products: [req.validatedBody],
    },
  })
  const product = await retrieveVendorProduct(req.scope, result[0].id)
  res.status(201).json({ product })
}
