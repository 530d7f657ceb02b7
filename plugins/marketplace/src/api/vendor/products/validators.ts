import { z } from "@medusajs/framework/zod"

/** Statuses a seller may give a product (never `proposed` / `rejected`). */
export const VENDOR_PRODUCT_STATUSES = ["draft", "published"] as const

const text = (max: number) => z.string().trim().min(1).max(max)

const handle = z
  .string()
  .trim()
  .min(2)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "use lowercase letters, digits and single dashes",
  })

/** Money in main units: IDR has no cents, so IDR amounts are whole rupiah. */
const price = z
  .object({
    currency_code: z.enum(["idr", "usd"]),
    amount: z.number().positive().max(1_000_000_000_000),
  })
  .strict()
  .refine((p) => p.currency_code !== "idr" || Number.isInteger(p.amount), {
    message: "IDR amounts are whole rupiah (no cents)",
    path: ["amount"],
  })

const prices = z
  .array(price)
  .min(1)
  .max(2)
  .superRefine((list, ctx) => {
    if (!list.some((p) => p.currency_code === "idr")) {
      ctx.addIssue({ code: "custom", message: "an IDR price is required" })
    }
    const codes = list.map((p) => p.currency_code)
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({
        code: "custom",
        message: "one price per currency",
      })
    }
  })

const specification = z.object({ label: text(100), value: text(1000) }).strict()

/** Ordered label/value pairs, stored as product.metadata.specifications. */
const specifications = z.array(specification).max(50)

const image = z.object({ url: z.string().url().max(2000) }).strict()

const option = z
  .object({
    title: text(60),
    values: z.array(text(60)).min(1).max(50),
  })
  .strict()

const createVariant = z
  .object({
    title: text(200),
    sku: text(100).optional(),
    options: z.record(z.string(), text(60)),
    prices,
    manage_inventory: z.boolean().default(true),
    weight: z.number().int().positive().max(1_000_000).nullish(),
  })
  .strict()

const productFields = {
  title: text(200),
  subtitle: z.string().trim().max(200).nullish(),
  description: z.string().trim().max(10_000).nullish(),
  handle: handle.optional(),
  category_ids: z.array(text(100)).max(20).optional(),
  images: z.array(image).max(10).optional(),
  thumbnail: z.string().url().max(2000).nullish(),
  specifications: specifications.optional(),
  status: z.enum(VENDOR_PRODUCT_STATUSES).optional(),
}

/**
 * `POST /vendor/products`. Owner, sales channels, shipping profile and
 * metadata are never taken from a client (`.strict()` rejects them).
 */
export const VendorCreateProduct = z
  .object({
    ...productFields,
    status: z.enum(VENDOR_PRODUCT_STATUSES).default("draft"),
    options: z.array(option).min(1).max(3),
    variants: z.array(createVariant).min(1).max(100),
  })
  .strict()
  .superRefine((body, ctx) => {
    const titles = body.options.map((o) => o.title)
    if (new Set(titles).size !== titles.length) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "option titles must be unique",
      })
      return
    }
    const seen = new Set<string>()
    const skus = new Set<string>()
    body.variants.forEach((variant, i) => {
      const keys = Object.keys(variant.options)
      for (const key of keys) {
        const opt = body.options.find((o) => o.title === key)
        if (!opt) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "options", key],
            message: `unknown option "${key}"`,
          })
        } else if (!opt.values.includes(variant.options[key])) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "options", key],
            message: `"${variant.options[key]}" is not a value of option "${key}"`,
          })
        }
      }
      for (const title of titles) {
        if (!(title in variant.options)) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "options", title],
            message: `a value for option "${title}" is required`,
          })
        }
      }
      const combo = JSON.stringify(titles.map((t) => variant.options[t]))
      if (seen.has(combo)) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", i, "options"],
          message: "another variant has the same option values",
        })
      }
      seen.add(combo)
      if (variant.sku) {
        if (skus.has(variant.sku)) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "sku"],
            message: `duplicate sku "${variant.sku}"`,
          })
        }
        skus.add(variant.sku)
      }
    })
  })
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

const updateVariant = z
  .object({
    id: text(100),
    title: text(200).optional(),
    sku: text(100).nullish(),
    prices: prices.optional(),
    weight: z.number().int().positive().max(1_000_000).nullish(),
  })
  .strict()

/**
 * `POST /vendor/products/:id`. Updates the product's own fields and existing
 * variants (title, sku, weight, prices: the full price list of a variant).
 * Options and the set of variants are fixed after creation.
 */
export const VendorUpdateProduct = z
  .object({
    ...productFields,
    title: productFields.title.optional(),
    handle: handle.optional(),
    variants: z.array(updateVariant).max(100).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const ids = (body.variants ?? []).map((v) => v.id)
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: "custom",
        path: ["variants"],
        message: "each variant id at most once",
      })
    }
  })
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

const statusFilter = z.enum(VENDOR_PRODUCT_STATUSES)

/** `GET /vendor/products` query. */
export const VendorListProducts = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z
      .preprocess(
        (v) => (typeof v === "string" && v.includes(",") ? v.split(",") : v),
        z.union([statusFilter, z.array(statusFilter)])
      )
      .optional()
      .transform((s) => (s === undefined ? undefined : [s].flat())),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z
      .enum([
        "created_at",
        "-created_at",
        "title",
        "-title",
        "updated_at",
        "-updated_at",
      ])
      .default("-created_at"),
  })
  .strict()
export type VendorListProductsType = z.infer<typeof VendorListProducts>

export const VendorGetProduct = z.object({}).strict()
