import { z } from "@medusajs/framework/zod"
import { SELLER_ORDER_STATUSES } from "../../../types"

const statusFilter = z.enum(SELLER_ORDER_STATUSES)

/** A date or date-time (ISO 8601); names the field when invalid. */
const dateParam = z.coerce.date()

const dateRange = z
  .object({ gte: dateParam, gt: dateParam, lte: dateParam, lt: dateParam })
  .partial()
  .strict()

/**
 * `GET /vendor/orders` query: `status` one or several (repeated or
 * comma-separated) of the seller order statuses; `created_after` (≥) and
 * `created_before` (<), or Medusa-style `created_at[gte|gt|lte|lt]`; `q`
 * matches the order number, the shopper's e-mail and address names.
 */
export const VendorListOrders = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    status: z
      .preprocess(
        (v) => (typeof v === "string" && v.includes(",") ? v.split(",") : v),
        z.union([statusFilter, z.array(statusFilter).min(1)])
      )
      .optional()
      .transform((s) => (s === undefined ? undefined : [s].flat())),
    created_after: dateParam.optional(),
    created_before: dateParam.optional(),
    created_at: dateRange.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type VendorListOrdersType = z.infer<typeof VendorListOrders>

/** `POST /vendor/orders/:id/accept`: no body fields. */
export const VendorAcceptOrder = z.object({}).strict()

const url = (field: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .url({ message: `${field} must be an http(s) URL` })
    .refine((v) => /^https?:\/\//i.test(v), {
      message: `${field} must be an http(s) URL`,
    })

/** `POST /vendor/orders/:id/ship`: the courier's tracking number. */
export const VendorShipOrder = z
  .object({
    tracking_number: z.string().trim().min(1).max(100),
    tracking_url: url("tracking_url").optional(),
    label_url: url("label_url").optional(),
  })
  .strict()
export type VendorShipOrderType = z.infer<typeof VendorShipOrder>

/** `POST /vendor/orders/:id/cancel`. */
export const VendorCancelOrder = z
  .object({ reason: z.string().trim().min(1).max(500).optional() })
  .strict()
export type VendorCancelOrderType = z.infer<typeof VendorCancelOrder>
