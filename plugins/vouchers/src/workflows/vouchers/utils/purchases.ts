/* eslint-disable @typescript-eslint/no-explicit-any -- rows read with Query across modules (orders, customers) are untyped; each function names the fields it reads */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { paymentCollectionOfOrder } from "./payment"

type Row = Record<string, any>

export type PurchaseDraft = {
  order_id: string
  line_item_id: string
  package_id: string
  payment_collection_id: string | null
  customer_id: string | null
  email: string | null
  phone: string | null
  quantity: number
}

/**
 * The purchases an order needs: one per line whose variant sells a voucher
 * package, minus those already recorded (by line id). The buyer's WhatsApp
 * number is the order's `metadata.whatsapp` (set by the storefront's voucher
 * shop), else the shipping or billing address phone, else the customer's phone.
 */
export async function purchaseDraftsForOrder(
  container: MedusaContainer,
  orderId: string
): Promise<{
  drafts: PurchaseDraft[]
  existing_ids: string[]
  canceled: boolean
}> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  const {
    data: [order],
  } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "email",
      "customer_id",
      "metadata",
      "customer.phone",
      "shipping_address.phone",
      "billing_address.phone",
      "items.id",
      "items.variant_id",
      "items.quantity",
      // The quantity lives on the order item's detail: items.quantity is only
      // filled when the detail is selected too.
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })) as { data: Row[] }
  if (!order) return { drafts: [], existing_ids: [], canceled: false }
  const items = (order.items ?? []).filter((i: Row) => i?.variant_id)
  if (!items.length) return { drafts: [], existing_ids: [], canceled: false }
  const packages = (await vouchers.listVoucherPackages({
    variant_id: items.map((i: Row) => i.variant_id),
  })) as Row[]
  if (!packages.length) return { drafts: [], existing_ids: [], canceled: false }
  const packageOf = new Map(packages.map((p) => [p.variant_id, p]))
  const voucherItems = items.filter((i: Row) => packageOf.has(i.variant_id))
  const existing = (await vouchers.listVoucherPurchases({
    line_item_id: voucherItems.map((i: Row) => i.id),
  })) as Row[]
  const recorded = new Set(existing.map((p) => p.line_item_id))
  const paymentCollectionId = await paymentCollectionOfOrder(container, orderId)
  const phone =
    stringOrNull(order.metadata?.whatsapp) ??
    stringOrNull(order.shipping_address?.phone) ??
    stringOrNull(order.billing_address?.phone) ??
    stringOrNull(order.customer?.phone)
  const drafts = voucherItems
    .filter((i: Row) => !recorded.has(i.id))
    .map((i: Row) => {
      const pkg = packageOf.get(i.variant_id) as Row
      return {
        order_id: order.id,
        line_item_id: i.id,
        package_id: pkg.id,
        payment_collection_id: paymentCollectionId,
        customer_id: order.customer_id ?? null,
        email: order.email ?? null,
        phone,
        // Order quantities are BigNumbers.
        quantity:
          MathBN.convert(i.quantity ?? i.detail?.quantity ?? 0).toNumber() *
          Number(pkg.vouchers_per_unit),
      }
    })
  return {
    drafts: drafts.filter((d: PurchaseDraft) => d.quantity > 0),
    existing_ids: existing.map((p) => p.id),
    canceled: order.status === "canceled",
  }
}

function stringOrNull(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null
}
