import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const notFound = (what: string, id: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `${what} with id: ${id} was not found`
  )

/**
 * Store routes under `/store/products/:id`: the product must be published
 * and, as on Medusa's own product route, in a sales channel of the request's
 * publishable key; otherwise 404.
 */
export async function ensureStoreProduct(
  req: MedusaStoreRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const id = req.params.id
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "status", "sales_channels.id"],
      filters: { id },
    })
    const product = data[0] as Row | undefined
    const channels: string[] =
      req.publishable_key_context?.sales_channel_ids ?? []
    const inChannel =
      !channels.length ||
      ((product?.sales_channels ?? []) as Row[]).some((sc) =>
        channels.includes(sc?.id)
      )
    if (!product || product.status !== ProductStatus.PUBLISHED || !inChannel) {
      throw notFound("Product", id)
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** `/store/reviews/:id`: the review must be the calling customer's; another's answers 404. */
export async function ensureCustomerOwnsReview(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const id = req.params.id
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "review",
      fields: ["id", "customer_id"],
      filters: { id },
    })
    const review = data[0] as Row | undefined
    if (!review || review.customer_id !== req.auth_context?.actor_id) {
      throw notFound("Review", id)
    }
    next()
  } catch (e) {
    next(e)
  }
}

/**
 * Who calls a /vendor route: set by @belanjain/marketplace's `/vendor*`
 * middleware (authentication and seller scoping live there, in one place).
 */
export type VendorContext = {
  seller_id: string
  member_id?: string
  /** The seller's status (pending, active, suspended). */
  status?: string
}
export type VendorReviewRequest<Body = unknown> =
  AuthenticatedMedusaRequest<Body> & { seller_context?: VendorContext }

export function sellerOf(req: VendorReviewRequest): VendorContext {
  if (!req.seller_context?.seller_id) {
    // Without @belanjain/marketplace nobody is a seller.
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return req.seller_context
}

/** The ids of the seller's products (the marketplace's seller ↔ product link). */
export async function sellerProductIds(
  req: VendorReviewRequest,
  sellerId: string
): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "products.id"],
    filters: { id: sellerId },
  })
  return (((data[0] as Row | undefined)?.products ?? []) as Row[])
    .filter(Boolean)
    .map((p) => p.id as string)
}

/**
 * `/vendor/reviews/:id/*`: the review must be of a product of the caller's
 * seller (through the seller ↔ product link); any other answers 404.
 */
export async function ensureSellerOwnsReview(
  req: VendorReviewRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const { seller_id } = sellerOf(req)
    const id = req.params.id
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: reviews } = await query.graph({
      entity: "review",
      fields: ["id", "product_id"],
      filters: { id },
    })
    const review = reviews[0] as Row | undefined
    if (!review) throw notFound("Review", id)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "seller.id"],
      filters: { id: review.product_id },
    })
    if ((products[0] as Row | undefined)?.seller?.id !== seller_id) {
      throw notFound("Review", id)
    }
    next()
  } catch (e) {
    next(e)
  }
}
