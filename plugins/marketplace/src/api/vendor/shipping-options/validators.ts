import { z } from "@medusajs/framework/zod"
import { SELLER_SHIPPING_RATE_TYPES } from "../../../types"

/** Main units (IDR has no cents); 0 is free shipping. */
const money = z.number().min(0).max(1_000_000_000)

const name = z.string().trim().min(1).max(100)

type Amounts = {
  amount?: number
  base_amount?: number
  per_kg_amount?: number
}

/** IDR amounts are whole rupiah: the message names the field. */
function wholeRupiah(body: Amounts, currency: string, ctx: z.RefinementCtx) {
  if (currency !== "idr") return
  for (const field of ["amount", "base_amount", "per_kg_amount"] as const) {
    const value = body[field]
    if (value !== undefined && !Number.isInteger(value)) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `${field}: IDR amounts are whole rupiah (no cents)`,
      })
    }
  }
}

/**
 * `POST /vendor/shipping-options`. `flat`: `amount`; `weight`: `base_amount`
 * + `per_kg_amount` × ceil(kg). Zone, profile, provider, rules and prices are
 * never taken from a client (`.strict()` rejects them).
 */
export const VendorCreateShippingOption = z
  .object({
    name,
    rate_type: z.enum(SELLER_SHIPPING_RATE_TYPES),
    amount: money.optional(),
    base_amount: money.optional(),
    per_kg_amount: money.optional(),
    currency_code: z.enum(["idr", "usd"]).default("idr"),
  })
  .strict()
  .superRefine((body, ctx) => {
    const required =
      body.rate_type === "flat"
        ? (["amount"] as const)
        : (["base_amount", "per_kg_amount"] as const)
    const unused =
      body.rate_type === "flat"
        ? (["base_amount", "per_kg_amount"] as const)
        : (["amount"] as const)
    for (const field of required) {
      if (body[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `${field} is required for a ${body.rate_type} rate`,
        })
      }
    }
    for (const field of unused) {
      if (body[field] !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `${field} is not used by a ${body.rate_type} rate`,
        })
      }
    }
    wholeRupiah(body, body.currency_code, ctx)
  })
export type VendorCreateShippingOptionType = z.infer<
  typeof VendorCreateShippingOption
>

/**
 * `POST /vendor/shipping-options/:id`: name and price. Which amounts apply
 * depends on the option's rate type, and whole rupiah on its currency
 * (both checked by the workflow, which knows the option); currency and rate
 * type stay.
 */
export const VendorUpdateShippingOption = z
  .object({
    name: name.optional(),
    amount: money.optional(),
    base_amount: money.optional(),
    per_kg_amount: money.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (Object.values(body).every((v) => v === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message:
          "send at least one of name, amount, base_amount, per_kg_amount",
      })
    }
  })
export type VendorUpdateShippingOptionType = z.infer<
  typeof VendorUpdateShippingOption
>

/** `GET /vendor/shipping-options` query. */
export const VendorListShippingOptions = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z
      .enum(["created_at", "-created_at", "name", "-name"])
      .default("created_at"),
  })
  .strict()
export type VendorListShippingOptionsType = z.infer<
  typeof VendorListShippingOptions
>
