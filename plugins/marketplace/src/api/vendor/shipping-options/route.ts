import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../middlewares"
import { createSellerShippingOptionWorkflow } from "../../../workflows/shipping/workflows/seller-shipping-options"
import {
  retrieveVendorShippingOption,
  sellerShippingProfileId,
  toVendorShippingOption,
} from "./helpers"
import type { VendorCreateShippingOptionType } from "./validators"

/** GET /vendor/shipping-options — the caller's options (its shipping profile's), paginated. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { skip = 0, take = 20, order } = req.queryConfig.pagination ?? {}
  const profileId = await sellerShippingProfileId(
    req.scope,
    req.seller_context.seller_id
  )
  if (!profileId) {
    return res.json({
      shipping_options: [],
      count: 0,
      offset: skip,
      limit: take,
    })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "shipping_option",
    fields: req.queryConfig.fields,
    filters: { shipping_profile_id: profileId },
    pagination: { skip, take, order },
  })
  res.json({
    shipping_options: (
      data as Parameters<typeof toVendorShippingOption>[0][]
    ).map(toVendorShippingOption),
    count: metadata?.count ?? data.length,
    offset: skip,
    limit: take,
  })
}

/** POST /vendor/shipping-options — a flat or weight-based option on the seller's zone. */
export async function POST(
  req: VendorRequest<VendorCreateShippingOptionType>,
  res: MedusaResponse
) {
  const { result } = await createSellerShippingOptionWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      option: req.validatedBody,
    },
  })
  const shipping_option = await retrieveVendorShippingOption(
    req.scope,
    result.id
  )
  res.status(201).json({ shipping_option })
}
