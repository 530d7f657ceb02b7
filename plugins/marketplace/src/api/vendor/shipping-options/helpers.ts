import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { shippingOptionRateType } from "../../../workflows/shipping/utils/shipping-options"
import { vendorShippingOptionFields } from "./query-config"

type ShippingOptionRow = {
  id: string
  name: string
  price_type: string
  provider_id: string | null
  data?: Record<string, unknown> | null
  service_zone_id: string
  shipping_profile_id: string | null
  created_at: unknown
  updated_at: unknown
  prices?: ({ amount: unknown; currency_code: string } | null)[] | null
}

const toNumber = (v: unknown) =>
  v === null || v === undefined ? null : MathBN.convert(v as number).toNumber()

/**
 * A seller's option as the /vendor API shows it: rate type and amounts in
 * main units (flat: `amount`; weight: `base_amount`, `per_kg_amount`).
 */
export function toVendorShippingOption(row: ShippingOptionRow) {
  const rate_type = shippingOptionRateType(row)
  const data = row.data ?? {}
  const price = (row.prices ?? []).find(Boolean)
  const currency_code =
    (typeof data.currency_code === "string" && data.currency_code) ||
    price?.currency_code ||
    "idr"
  return {
    id: row.id,
    name: row.name,
    rate_type,
    currency_code,
    amount: rate_type === "flat" ? toNumber(price?.amount) : null,
    base_amount: rate_type === "weight" ? toNumber(data.base_amount) : null,
    per_kg_amount: rate_type === "weight" ? toNumber(data.per_kg_amount) : null,
    price_type: row.price_type,
    provider_id: row.provider_id,
    service_zone_id: row.service_zone_id,
    shipping_profile_id: row.shipping_profile_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

/** The seller's shipping profile id, or null before its shipping is set up. */
export async function sellerShippingProfileId(
  scope: MedusaContainer,
  sellerId: string
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "shipping_profile.id"],
    filters: { id: sellerId },
  })
  return (
    (data[0] as { shipping_profile?: { id: string } | null } | undefined)
      ?.shipping_profile?.id ?? null
  )
}

export async function retrieveVendorShippingOption(
  scope: MedusaContainer,
  id: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [row],
  } = await query.graph({
    entity: "shipping_option",
    fields: vendorShippingOptionFields,
    filters: { id },
  })
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Shipping option with id: ${id} was not found`
    )
  }
  return toVendorShippingOption(row as ShippingOptionRow)
}
