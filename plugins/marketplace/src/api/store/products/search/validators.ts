import { z } from "@medusajs/framework/zod"
import { PRODUCT_SEARCH_SORTS } from "../../../../modules/product-search/types"

/** One id or many: `?x=a&x=b`, `?x[]=a` or `?x=a,b`. */
const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean)
  )
  .pipe(z.array(z.string().max(100)).min(1).max(50))

const money = z.coerce.number().finite().nonnegative()

export const StoreProductSearchParams = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    category_id: idList.optional(),
    seller_id: idList.optional(),
    seller: idList.optional(),
    region_id: z.string().min(1).max(100).optional(),
    min_price: money.optional(),
    max_price: money.optional(),
    in_stock: z.enum(["true", "false"]).optional(),
    sort: z.enum(PRODUCT_SEARCH_SORTS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (
      (v.min_price !== undefined || v.max_price !== undefined) &&
      !v.region_id
    ) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["region_id"],
        message:
          "region_id is required with min_price/max_price (prices are in the region's currency)",
      })
    }
    if (
      v.min_price !== undefined &&
      v.max_price !== undefined &&
      v.min_price > v.max_price
    ) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["min_price"],
        message: "min_price must not exceed max_price",
      })
    }
    if (v.sort === "relevance" && !v.q) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["sort"],
        message: "sort=relevance needs a keyword (q)",
      })
    }
  })

export type StoreProductSearchParamsType = z.infer<
  typeof StoreProductSearchParams
>
