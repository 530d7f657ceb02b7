/* eslint-disable @typescript-eslint/no-explicit-any -- rows read with Query across modules (orders, products, sellers, inventory) are untyped; each function names the fields it reads */
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Planning the split of a just-placed order into one order per seller.
 * Pure: it reads the order Medusa created from the cart (as returned by
 * Query) and who sells what, and returns the create-order inputs. The ids of
 * the line items and shipping methods are kept, so the inventory
 * reservations Medusa made for those line items stay attached to them; the
 * first seller's order keeps the placed order's id and display id, so
 * everything Medusa already linked to that id (the cart, the order.placed
 * event, the completion response) stays valid.
 */

type Row = Record<string, any>

export type SplitSource = {
  id: string
  display_id?: number | null
  region_id?: string | null
  customer_id?: string | null
  sales_channel_id?: string | null
  status?: string | null
  email?: string | null
  currency_code: string
  locale?: string | null
  no_notification?: boolean | null
  metadata?: Row | null
  shipping_address?: Row | null
  billing_address?: Row | null
  items: Row[]
  shipping_methods: Row[]
  credit_lines?: Row[] | null
}

export type SellerLookup = {
  /** product id → seller id */
  sellerOfProduct: Map<string, string>
  /** product id → shipping profile id */
  profileOfProduct: Map<string, string>
  /** shipping option id → shipping profile id */
  profileOfOption: Map<string, string>
}

export type SellerOrderPlan = {
  seller_id: string
  /** The create-order input (`id`/`display_id` set for the first seller only). */
  input: Row
  line_item_ids: string[]
  shipping_method_ids: string[]
}

const LINE_ITEM_FIELDS = [
  "id",
  "title",
  "subtitle",
  "thumbnail",
  "variant_id",
  "product_id",
  "product_title",
  "product_description",
  "product_subtitle",
  "product_type",
  "product_type_id",
  "product_collection",
  "product_handle",
  "variant_sku",
  "variant_barcode",
  "variant_title",
  "variant_option_values",
  "requires_shipping",
  "is_giftcard",
  "is_discountable",
  "is_tax_inclusive",
  "is_custom_price",
  "metadata",
]
const LINE_ITEM_MONEY = ["unit_price", "compare_at_unit_price", "quantity"]
const SHIPPING_METHOD_FIELDS = [
  "id",
  "name",
  "description",
  "is_tax_inclusive",
  "is_custom_amount",
  "shipping_option_id",
  "data",
  "metadata",
]
const TAX_LINE_FIELDS = [
  "description",
  "tax_rate_id",
  "code",
  "provider_id",
  "metadata",
]
const ADJUSTMENT_FIELDS = [
  "description",
  "promotion_id",
  "code",
  "provider_id",
  "is_tax_inclusive",
]
const ADDRESS_FIELDS = [
  "customer_id",
  "company",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "country_code",
  "province",
  "postal_code",
  "phone",
  "metadata",
]

/** A BigNumber field as create input: its raw form when Query returned one. */
function money(row: Row, field: string): unknown {
  const raw = row[`raw_${field}`]
  return raw ?? row[field]
}

function pick(row: Row, fields: string[]): Row {
  const out: Row = {}
  for (const field of fields) {
    if (row[field] !== undefined) out[field] = row[field]
  }
  return out
}

function taxLines(lines: Row[] | null | undefined): Row[] {
  return (lines ?? []).filter(Boolean).map((line) => ({
    ...pick(line, TAX_LINE_FIELDS),
    rate: money(line, "rate"),
  }))
}

function adjustments(lines: Row[] | null | undefined): Row[] {
  return (lines ?? []).filter(Boolean).map((line) => ({
    ...pick(line, ADJUSTMENT_FIELDS),
    amount: money(line, "amount"),
  }))
}

function address(row: Row | null | undefined): Row | null {
  return row ? pick(row, ADDRESS_FIELDS) : null
}

/** Seller ids in the order in which their first item appears in the order. */
export function sellersInOrder(
  items: Row[],
  sellerOfProduct: Map<string, string>
): string[] {
  const sellers: string[] = []
  for (const item of items) {
    const sellerId = sellerOfProduct.get(item.product_id)
    if (!sellerId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${item.product_title ?? item.title}" is not sold by any seller and cannot be ordered`
      )
    }
    if (!sellers.includes(sellerId)) sellers.push(sellerId)
  }
  return sellers
}

/**
 * The seller each shipping method ships for: the one seller whose items use
 * the method's shipping profile. A profile shared by several sellers' items
 * (or by none) cannot be split and is refused.
 */
export function sellerOfShippingMethods(
  shippingMethods: Row[],
  items: Row[],
  lookup: SellerLookup
): Map<string, string> {
  const sellersOfProfile = new Map<string, Set<string>>()
  for (const item of items) {
    const profile = lookup.profileOfProduct.get(item.product_id)
    const seller = lookup.sellerOfProduct.get(item.product_id)
    if (!profile || !seller) continue
    const set = sellersOfProfile.get(profile) ?? new Set<string>()
    set.add(seller)
    sellersOfProfile.set(profile, set)
  }

  const result = new Map<string, string>()
  for (const method of shippingMethods) {
    const profile = lookup.profileOfOption.get(method.shipping_option_id)
    const sellers = profile ? sellersOfProfile.get(profile) : undefined
    if (!sellers || sellers.size !== 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        sellers && sellers.size > 1
          ? `Shipping method "${method.name}" would ship items of several sellers: each seller needs its own shipping option (shipping profile)`
          : `Shipping method "${method.name}" does not ship any item of this cart`
      )
    }
    result.set(method.id, [...sellers][0])
  }
  return result
}

/** One create-order input per seller, in the order sellers appear in the cart. */
export function planSellerOrders(
  order: SplitSource,
  lookup: SellerLookup
): SellerOrderPlan[] {
  const items = (order.items ?? []).filter(Boolean)
  const methods = (order.shipping_methods ?? []).filter(Boolean)
  const sellers = sellersInOrder(items, lookup.sellerOfProduct)
  const methodSeller = sellerOfShippingMethods(methods, items, lookup)

  const common: Row = {
    region_id: order.region_id,
    customer_id: order.customer_id,
    sales_channel_id: order.sales_channel_id,
    status: order.status,
    email: order.email,
    currency_code: order.currency_code,
    locale: order.locale,
    no_notification: order.no_notification ?? false,
    metadata: order.metadata ?? null,
  }

  return sellers.map((sellerId, index) => {
    const sellerItems = items.filter(
      (item) => lookup.sellerOfProduct.get(item.product_id) === sellerId
    )
    const sellerMethods = methods.filter(
      (method) => methodSeller.get(method.id) === sellerId
    )
    const input: Row = {
      ...common,
      shipping_address: address(order.shipping_address),
      billing_address: address(order.billing_address),
      items: sellerItems.map((item) => ({
        ...pick(item, LINE_ITEM_FIELDS),
        ...Object.fromEntries(
          LINE_ITEM_MONEY.filter((f) => item[f] !== undefined).map((f) => [
            f,
            money(item, f),
          ])
        ),
        tax_lines: taxLines(item.tax_lines),
        adjustments: adjustments(item.adjustments),
      })),
      shipping_methods: sellerMethods.map((method) => ({
        ...pick(method, SHIPPING_METHOD_FIELDS),
        amount: money(method, "amount"),
        tax_lines: taxLines(method.tax_lines),
        adjustments: adjustments(method.adjustments),
      })),
      // Store credit stays with the first seller's order (the group total is unchanged).
      credit_lines:
        index === 0
          ? (order.credit_lines ?? []).filter(Boolean).map((line) => ({
              reference: line.reference,
              reference_id: line.reference_id,
              amount: money(line, "amount"),
              metadata: line.metadata ?? null,
            }))
          : [],
    }
    if (index === 0) {
      input.id = order.id
      if (order.display_id != null) input.display_id = order.display_id
    }
    return {
      seller_id: sellerId,
      input,
      line_item_ids: sellerItems.map((item) => item.id),
      shipping_method_ids: sellerMethods.map((method) => method.id),
    }
  })
}
