import {
  MANUAL_FULFILLMENT_PROVIDER_ID,
  SELLER_SHIPPING_COUNTRY,
  SHIPPING_RATES_PROVIDER_ID,
} from "../../../types"

/** Query fields of a seller that describe its shipping setup. */
export const SELLER_SHIPPING_FIELDS = [
  "id",
  "name",
  "handle",
  "shipping_profile.id",
  "stock_locations.id",
  "stock_locations.fulfillment_providers.id",
  "stock_locations.fulfillment_sets.id",
  "stock_locations.fulfillment_sets.type",
  "stock_locations.fulfillment_sets.service_zones.id",
  "stock_locations.fulfillment_sets.service_zones.geo_zones.type",
  "stock_locations.fulfillment_sets.service_zones.geo_zones.country_code",
]

/** The providers a seller's stock location is linked to (when registered). */
export const SELLER_FULFILLMENT_PROVIDER_IDS = [
  MANUAL_FULFILLMENT_PROVIDER_ID,
  SHIPPING_RATES_PROVIDER_ID,
]

type Maybe<T> = T | null | undefined

export type SellerShippingRow = {
  id: string
  name: string
  handle: string
  shipping_profile?: Maybe<{ id: string }>
  stock_locations?: Maybe<
    Maybe<{
      id: string
      fulfillment_providers?: Maybe<Maybe<{ id: string }>[]>
      fulfillment_sets?: Maybe<
        Maybe<{
          id: string
          type: string
          service_zones?: Maybe<
            Maybe<{
              id: string
              geo_zones?: Maybe<Maybe<{ type: string; country_code: string }>[]>
            }>[]
          >
        }>[]
      >
    }>[]
  >
}

/** A seller's shipping setup as found, and what is missing. */
export type SellerShippingState = {
  seller_id: string
  shipping_profile_id: string | null
  stock_location_id: string | null
  fulfillment_set_id: string | null
  service_zone_id: string | null
  /** Registered providers its stock location is not linked to yet. */
  missing_provider_ids: string[]
  /** Names for what gets created (unique: the seller's handle is). */
  names: { profile: string; fulfillment_set: string; service_zone: string }
}

/**
 * Reads a seller's shipping setup: its profile, its (first) stock location,
 * that location's "shipping" fulfillment set, and the set's service zone for
 * Indonesia (a geo zone of type country "id"). Anything else the location has
 * (pickup sets, other zones) is left alone.
 */
export function readSellerShipping(
  seller: SellerShippingRow,
  registeredProviderIds: string[]
): SellerShippingState {
  const location = (seller.stock_locations ?? []).find(Boolean) ?? null
  const set =
    (location?.fulfillment_sets ?? []).find((s) => s?.type === "shipping") ??
    null
  const zone =
    (set?.service_zones ?? []).find((z) =>
      (z?.geo_zones ?? []).some(
        (g) =>
          g?.type === "country" &&
          g.country_code?.toLowerCase() === SELLER_SHIPPING_COUNTRY
      )
    ) ?? null
  const linked = new Set(
    (location?.fulfillment_providers ?? []).flatMap((p) => (p ? [p.id] : []))
  )
  const label = `${seller.name} (${seller.handle})`
  return {
    seller_id: seller.id,
    shipping_profile_id: seller.shipping_profile?.id ?? null,
    stock_location_id: location?.id ?? null,
    fulfillment_set_id: set?.id ?? null,
    service_zone_id: zone?.id ?? null,
    missing_provider_ids: location
      ? registeredProviderIds.filter((id) => !linked.has(id))
      : [],
    names: {
      profile: label,
      fulfillment_set: `${label} - Pengiriman`,
      service_zone: `${label} - Indonesia`,
    },
  }
}
