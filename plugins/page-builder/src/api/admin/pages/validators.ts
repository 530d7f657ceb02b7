import { z } from "@medusajs/framework/zod"
import { PAGE_STATUSES, SLUG_MAX_LENGTH, SLUG_PATTERN } from "../../../types"

const SLUG_MESSAGE = `slug: must be lower-case words (a-z, 0-9) joined by "-", at most ${SLUG_MAX_LENGTH} characters`
export const Slug = z
  .string({ error: "slug: Required" })
  .trim()
  .max(SLUG_MAX_LENGTH, SLUG_MESSAGE)
  .regex(SLUG_PATTERN, SLUG_MESSAGE)

const nullableText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field}: at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null))
const imageUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (v) => !v || v.startsWith("/") || /^https?:\/\/[^\s]+$/i.test(v),
    "seo_image: must be an http(s) URL or a path starting with /"
  )
  .nullish()
  .transform((v) => (v ? v : null))

const fields = {
  title: z
    .string({ error: "title: Required" })
    .trim()
    .min(1, "title: Required")
    .max(200, "title: at most 200 characters"),
  seo_title: nullableText("seo_title", 120),
  seo_description: nullableText("seo_description", 320),
  seo_image: imageUrl,
  /** Puck data; checked block by block by validatePageContent in the route. */
  content: z.unknown().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreatePage = z.strictObject({ slug: Slug, ...fields })
export type AdminCreatePageType = z.infer<typeof AdminCreatePage>

export const AdminUpdatePage = z.strictObject({
  slug: Slug.optional(),
  title: fields.title.optional(),
  seo_title: fields.seo_title.optional(),
  seo_description: fields.seo_description.optional(),
  seo_image: fields.seo_image.optional(),
  content: fields.content,
  metadata: fields.metadata,
})
export type AdminUpdatePageType = z.infer<typeof AdminUpdatePage>

export const AdminUnpublishPage = z.strictObject({
  archive: z.boolean().optional(),
})
export const AdminRollbackPage = z.strictObject({
  version: z.coerce
    .number({ error: "version: Required" })
    .int()
    .min(1, "version: must be 1 or more"),
})
export const AdminEmptyBody = z.strictObject({})

export const AdminGetPagesParams = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.enum(PAGE_STATUSES).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export type AdminGetPagesParamsType = z.infer<typeof AdminGetPagesParams>
