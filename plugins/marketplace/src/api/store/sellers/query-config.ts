/** Fields a shopper may see of a seller. E-mail and phone stay private. */
export const storeSellerFields = [
  "id",
  "name",
  "handle",
  "city",
  "logo_url",
  "created_at",
]

export const listStoreSellersQueryConfig = {
  defaults: storeSellerFields,
  allowed: storeSellerFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveStoreSellerQueryConfig = {
  defaults: storeSellerFields,
  allowed: storeSellerFields,
  isList: false,
}

/** Fields of each product on a seller's page. */
export const storeSellerProductFields = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "created_at",
]
