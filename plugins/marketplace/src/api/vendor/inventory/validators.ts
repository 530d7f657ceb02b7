import { z } from "@medusajs/framework/zod"

/** Stock a seller can set per level: whole units, 0 … 1,000,000,000. */
export const MAX_STOCKED_QUANTITY = 1_000_000_000
export const MAX_BATCH_ROWS = 200

const booleanString = z
  .enum(["true", "false"])
  .transform((value) => value === "true")

/** GET /vendor/inventory query. */
export const VendorGetInventoryParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    q: z.string().trim().min(1).max(100).optional(),
    low_stock: booleanString.optional(),
    out_of_stock: booleanString.optional(),
  })
  .strict()
export type VendorGetInventoryParamsType = z.infer<
  typeof VendorGetInventoryParams
>

const stockUpdate = z
  .object({
    inventory_item_id: z.string().trim().min(1).max(100),
    stocked_quantity: z.number(),
    /** One of the seller's stock locations; defaults to its (first) location. */
    location_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()

/**
 * POST /vendor/inventory/batch body. Quantities are checked here with
 * messages naming the row (`updates[2].stocked_quantity`); one bad row
 * refuses the whole batch.
 */
export const VendorBatchInventory = z
  .object({
    updates: z
      .array(stockUpdate)
      .min(1)
      .max(MAX_BATCH_ROWS)
      .superRefine((rows, ctx) => {
        const seen = new Map<string, number>()
        rows.forEach((row, i) => {
          const quantity = row.stocked_quantity
          if (
            !Number.isInteger(quantity) ||
            quantity < 0 ||
            quantity > MAX_STOCKED_QUANTITY
          ) {
            ctx.addIssue({
              code: "custom",
              path: [i, "stocked_quantity"],
              message: `updates[${i}].stocked_quantity must be a whole number from 0 to ${MAX_STOCKED_QUANTITY}, got ${quantity}`,
            })
          }
          const key = `${row.inventory_item_id}|${row.location_id ?? ""}`
          const first = seen.get(key)
          if (first !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: [i, "inventory_item_id"],
              message: `updates[${i}].inventory_item_id repeats updates[${first}] (${row.inventory_item_id})`,
            })
          } else {
            seen.set(key, i)
          }
        })
      }),
  })
  .strict()
export type VendorBatchInventoryType = z.infer<typeof VendorBatchInventory>
