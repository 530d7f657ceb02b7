/** What a seller sees of its own store. */
export const vendorSellerFields = [
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
  "created_at",
  "updated_at",
]

export const vendorMemberFields = ["id", "email", "name", "role", "created_at"]
