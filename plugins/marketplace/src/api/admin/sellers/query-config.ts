/** What operators see of a seller (lists and detail). */
export const adminSellerFields = [
  "id",
  "name",
  "handle",
  "email",
  "phone",
  "description",
  "address_1",
  "city",
  "province",
  "postal_code",
  "country_code",
  "logo_url",
  "status",
  "commission_rate",
  "metadata",
  "created_at",
  "updated_at",
]

/** Detail adds the seller's people and locations. */
export const adminSellerDetailFields = [
  ...adminSellerFields,
  "members.id",
  "members.email",
  "members.name",
  "members.role",
  "members.created_at",
  "stock_locations.id",
  "stock_locations.name",
]

/** Exact field names (Medusa matches `fields` entries literally); `*members` for all. */
const allowed = [...adminSellerDetailFields, "members", "stock_locations"]

export const listAdminSellersQueryConfig = {
  defaults: adminSellerFields,
  allowed,
  defaultLimit: 20,
  isList: true,
}

export const retrieveAdminSellerQueryConfig = {
  defaults: adminSellerDetailFields,
  allowed,
  isList: false,
}
