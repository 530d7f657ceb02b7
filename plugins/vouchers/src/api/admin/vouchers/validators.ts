import { z } from "@medusajs/framework/zod"
import { PURCHASE_STATUSES, ROUTER_API_KINDS } from "../../../types"

const name = z.string().trim().min(1).max(120)
/** A host name or IP address, without scheme, path or port. */
const host = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(
    /^[A-Za-z0-9.:-]+$/,
    "host must be a host name or IP address (no scheme, path or port)"
  )
const envName = z
  .string()
  .regex(
    /^[A-Z_][A-Z0-9_]*$/,
    "password_env must be an environment variable name (A-Z, 0-9, _)"
  )
const metadata = z.record(z.string(), z.unknown()).nullable().optional()

const routerFields = {
  name,
  host,
  port: z.number().int().min(1).max(65535).nullable().optional(),
  api_kind: z.enum(ROUTER_API_KINDS).optional(),
  use_tls: z.boolean().optional(),
  tls_verify: z.boolean().optional(),
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200).optional(),
  password_env: envName.nullable().optional(),
  hotspot_server: z.string().trim().min(1).max(100).nullable().optional(),
  is_active: z.boolean().optional(),
  metadata,
}

/** POST /admin/vouchers/routers — exactly one of password (stored encrypted) and password_env. */
export const AdminCreateVoucherRouter = z
  .object(routerFields)
  .strict()
  .superRefine((v, ctx) => {
    if (!!v.password === !!v.password_env) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message:
          "give exactly one of password (stored encrypted) and password_env (an environment variable name)",
      })
    }
  })
export type AdminCreateVoucherRouterType = z.infer<
  typeof AdminCreateVoucherRouter
>

/** POST /admin/vouchers/routers/:id */
export const AdminUpdateVoucherRouter = z
  .object(routerFields)
  .partial()
  .strict()
  .superRefine((v, ctx) => {
    if (v.password && v.password_env) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: "give password or password_env, not both",
      })
    }
  })
export type AdminUpdateVoucherRouterType = z.infer<
  typeof AdminUpdateVoucherRouter
>

/** RouterOS durations: 1w2d3h4m5s parts. */
const duration = z
  .string()
  .regex(
    /^(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?$/,
    "uptime_limit must be a RouterOS duration like 1d, 3h or 1d12h"
  )
  .refine((s) => s.length > 0, "uptime_limit must not be empty")

const packageFields = {
  name,
  description: z.string().max(2000).nullable().optional(),
  variant_id: z.string().min(1),
  router_id: z.string().min(1),
  hotspot_profile: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\s/]+$/, "hotspot_profile must be a RouterOS profile name")
    .optional(),
  uptime_limit: duration.nullable().optional(),
  validity_hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 366),
  data_limit_mb: z.number().int().min(1).max(10_000_000).nullable().optional(),
  vouchers_per_unit: z.number().int().min(1).max(100).optional(),
  code_length: z.number().int().min(4).max(32).optional(),
  code_alphabet: z.string().min(10).max(100).optional(),
  code_prefix: z.string().max(10).optional(),
  username_equals_password: z.boolean().optional(),
  is_active: z.boolean().optional(),
  metadata,
}

export const AdminCreateVoucherPackage = z.object(packageFields).strict()
export type AdminCreateVoucherPackageType = z.infer<
  typeof AdminCreateVoucherPackage
>
export const AdminUpdateVoucherPackage = z
  .object(packageFields)
  .partial()
  .strict()
export type AdminUpdateVoucherPackageType = z.infer<
  typeof AdminUpdateVoucherPackage
>

const pagination = {
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}
const status = z.enum(PURCHASE_STATUSES)

export const AdminListParams = z.object({ ...pagination }).strict()
export type AdminListParamsType = z.infer<typeof AdminListParams>

/** GET /admin/vouchers/purchases */
export const AdminGetVoucherPurchasesParams = z
  .object({
    status: z.union([status, z.array(status)]).optional(),
    order_id: z.string().min(1).optional(),
    package_id: z.string().min(1).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    ...pagination,
  })
  .strict()
export type AdminGetVoucherPurchasesParamsType = z.infer<
  typeof AdminGetVoucherPurchasesParams
>

export const AdminDashboardParams = z
  .object({ days: z.coerce.number().int().min(1).max(90).default(7) })
  .strict()
export type AdminDashboardParamsType = z.infer<typeof AdminDashboardParams>

export const AdminEmptyBody = z.object({}).strict()

/** POST /admin/vouchers/purchases/regenerate: the given ids, or every voucher_generation_failed purchase. */
export const AdminBulkRegenerate = z
  .object({
    ids: z.array(z.string().min(1)).min(1).max(200).optional(),
    all_failed: z.literal(true).optional(),
  })
  .strict()
  .refine((v) => !!v.ids !== !!v.all_failed, {
    path: ["ids"],
    message: "give ids, or all_failed: true",
  })
export type AdminBulkRegenerateType = z.infer<typeof AdminBulkRegenerate>

/** POST /admin/vouchers/cleanup/failed */
export const AdminCleanupFailed = z
  .object({
    older_than_days: z.number().int().min(0).max(3650).default(0),
    abandoned_after_hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .optional(),
  })
  .strict()
export type AdminCleanupFailedType = z.infer<typeof AdminCleanupFailed>
