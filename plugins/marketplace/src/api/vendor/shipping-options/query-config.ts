/** What a seller reads of its own shipping options (shaped by toVendorShippingOption). */
export const vendorShippingOptionFields = [
  "id",
  "name",
  "price_type",
  "provider_id",
  "data",
  "service_zone_id",
  "shipping_profile_id",
  "created_at",
  "updated_at",
  "prices.amount",
  "prices.currency_code",
]

export const vendorListShippingOptionsQueryConfig = {
  defaults: vendorShippingOptionFields,
  isList: true,
  defaultLimit: 20,
}
