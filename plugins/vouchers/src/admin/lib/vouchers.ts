import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import type {
  DeliveryChannel,
  DeliveryStatus,
  PurchaseStatus,
  RouterApiKindName,
  VoucherStatus,
} from "../../types"
import { sdk } from "./sdk"

export type {
  DeliveryChannel,
  DeliveryStatus,
  PurchaseStatus,
  RouterApiKindName,
  VoucherStatus,
}

// ---------------------------------------------------------------- types

export type VoucherDashboard = {
  period: { days: number; from: string; to: string; time_zone: string }
  purchases: { total: number } & Record<PurchaseStatus, number>
  vouchers_sold: number
  delivery: {
    attempts: number
    sent: number
    failed: number
    error: number
    /** 0..1, null when no purchase completed in the period. */
    success_rate: number | null
  }
  revenue_by_package: {
    package_id: string
    name: string
    purchases: number
    vouchers: number
    /** Main currency units (e.g. rupiah), never cents. */
    revenue: number
    currency_code: string | null
  }[]
  daily: {
    date: string
    purchases: number
    completed: number
    failed: number
    vouchers: number
  }[]
}

export type PackageRef = { id: string; name: string }

export type VoucherPurchaseListItem = {
  id: string
  order_id: string
  line_item_id: string
  status: PurchaseStatus
  failure_reason: string | null
  quantity: number
  email: string | null
  phone: string | null
  generation_attempts: number
  created_at: string
  completed_at: string | null
  delivered_at: string | null
  package: PackageRef | null
}

export type VoucherRow = {
  id: string
  username: string
  password: string
  status: VoucherStatus
  router_user_id: string | null
  expires_at: string | null
  created_on_router_at: string | null
}

export type DeliveryRow = {
  id: string
  round: string
  channel: DeliveryChannel
  to: string | null
  attempt: number
  status: DeliveryStatus
  error_message: string | null
  provider_response_id: string | null
  created_at: string
}

export type VoucherPurchaseDetail = {
  id: string
  order_id: string
  status: PurchaseStatus
  failure_reason: string | null
  quantity: number
  email: string | null
  phone: string | null
  generation_attempts: number
  paid_at: string | null
  completed_at: string | null
  failed_at: string | null
  delivered_at: string | null
  created_at?: string
  package: PackageRef | null
  vouchers: VoucherRow[]
  deliveries: DeliveryRow[]
}

export type GenerationOutcome = {
  purchase_id?: string
  result: "completed" | "generation_failed" | "skipped"
  reason?: string
}

export type BulkRegenerateResult = {
  outcomes: GenerationOutcome[]
  completed: number
  failed: number
  not_found: string[]
}

export type ChannelOutcome = "sent" | "failed" | "error" | "skipped"

export type RetryDeliveryResult = {
  delivery: { channels: Partial<Record<DeliveryChannel, ChannelOutcome>> }
  purchase: VoucherPurchaseDetail
}

export type RegenerateResult = {
  outcome: GenerationOutcome
  purchase: VoucherPurchaseDetail
}

export type CleanupFailedResult = {
  generated: string[]
  failed: string[]
  archived: string[]
}

export type CleanupExpiredResult = {
  expired: string[]
  errors: { id: string; error: string }[]
}

export type VoucherPackage = {
  id: string
  name: string
  description: string | null
  variant_id: string
  router: PackageRef | null
  hotspot_profile: string
  uptime_limit: string | null
  validity_hours: number
  data_limit_mb: number | null
  vouchers_per_unit: number
  code_length: number
  code_alphabet: string
  code_prefix: string
  username_equals_password: boolean
  is_active: boolean
  variant: {
    id: string
    title: string | null
    sku: string | null
    product: { title: string } | null
    prices: { amount: number; currency_code: string }[]
  } | null
}

/** Body of POST /admin/vouchers/packages (create: all required ones; edit: any subset). */
export type VoucherPackageInput = {
  name?: string
  description?: string | null
  variant_id?: string
  router_id?: string
  validity_hours?: number
  hotspot_profile?: string
  uptime_limit?: string | null
  data_limit_mb?: number | null
  vouchers_per_unit?: number
  code_length?: number
  code_prefix?: string
  username_equals_password?: boolean
  is_active?: boolean
}

export type PasswordSource = "env" | "stored" | "none"

export type VoucherRouter = {
  id: string
  name: string
  host: string
  port: number | null
  api_kind: RouterApiKindName
  use_tls: boolean
  tls_verify: boolean
  username: string
  password_env: string | null
  password_source: PasswordSource
  hotspot_server: string | null
  is_active: boolean
}

/** Body of POST /admin/vouchers/routers (create) and /:id (edit, partial). */
export type VoucherRouterInput = {
  name?: string
  host?: string
  port?: number | null
  api_kind?: RouterApiKindName
  use_tls?: boolean
  tls_verify?: boolean
  username?: string
  password?: string
  password_env?: string | null
  hotspot_server?: string | null
  is_active?: boolean
}

export type RouterTestResult =
  { ok: true; latency_ms: number } | { ok: false; error: string }

// ---------------------------------------------------------------- queries

const KEY = "vouchers-admin"
const keys = {
  dashboard: [KEY, "dashboard"],
  purchases: [KEY, "purchases"],
  packages: [KEY, "packages"],
  routers: [KEY, "routers"],
} as const

export function useVoucherDashboard(days: number) {
  return useQuery({
    queryKey: [...keys.dashboard, days],
    queryFn: () =>
      sdk.client.fetch<VoucherDashboard>("/admin/vouchers/dashboard", {
        query: { days },
      }),
    placeholderData: keepPreviousData,
  })
}

export type PurchasesQuery = {
  status?: PurchaseStatus
  q?: string
  order_id?: string
  offset: number
  limit: number
}

export function useVoucherPurchases(params: PurchasesQuery) {
  return useQuery({
    queryKey: [...keys.purchases, "list", params],
    queryFn: () =>
      sdk.client.fetch<{
        purchases: VoucherPurchaseListItem[]
        count: number
        offset: number
        limit: number
      }>("/admin/vouchers/purchases", { query: params }),
    placeholderData: keepPreviousData,
  })
}

export function useVoucherPurchase(id: string) {
  return useQuery({
    queryKey: [...keys.purchases, "detail", id],
    queryFn: () =>
      sdk.client.fetch<{ purchase: VoucherPurchaseDetail }>(
        `/admin/vouchers/purchases/${id}`
      ),
  })
}

export function useVoucherPackages() {
  return useQuery({
    queryKey: [...keys.packages, "list"],
    queryFn: () =>
      sdk.client.fetch<{ packages: VoucherPackage[]; count: number }>(
        "/admin/vouchers/packages",
        { query: { limit: 100 } }
      ),
  })
}

export function useVoucherRouters() {
  return useQuery({
    queryKey: [...keys.routers, "list"],
    queryFn: () =>
      sdk.client.fetch<{ routers: VoucherRouter[]; count: number }>(
        "/admin/vouchers/routers",
        { query: { limit: 100 } }
      ),
  })
}

export type VariantSearchHit = {
  id: string
  title: string
  sku: string | null
  product_id: string
  product_title: string
}

/** Product variants matching `q`, for choosing the variant a package is sold through. */
export function useVariantSearch(q: string) {
  return useQuery({
    queryKey: [KEY, "variant-search", q],
    enabled: q.length > 0,
    queryFn: async (): Promise<VariantSearchHit[]> => {
      const { products } = await sdk.admin.product.list({
        q,
        limit: 10,
        fields: "id,title,variants.id,variants.title,variants.sku",
      })
      return products.flatMap((product) =>
        (product.variants ?? []).map((variant) => ({
          id: variant.id,
          title: variant.title ?? "",
          sku: variant.sku ?? null,
          product_id: product.id,
          product_title: product.title,
        }))
      )
    },
  })
}

// ---------------------------------------------------------------- mutations

function useInvalidate() {
  const client = useQueryClient()
  return (...groups: (keyof typeof keys)[]) =>
    Promise.all(
      groups.map((g) => client.invalidateQueries({ queryKey: keys[g] }))
    )
}

export function useRegeneratePurchase(id: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<RegenerateResult>(
        `/admin/vouchers/purchases/${id}/regenerate`,
        { method: "POST", body: {} }
      ),
    onSettled: () => invalidate("purchases", "dashboard"),
  })
}

export function useRetryDelivery(id: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<RetryDeliveryResult>(
        `/admin/vouchers/purchases/${id}/retry-delivery`,
        { method: "POST", body: {} }
      ),
    onSettled: () => invalidate("purchases", "dashboard"),
  })
}

export function useBulkRegenerate() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all_failed: true }) =>
      sdk.client.fetch<BulkRegenerateResult>(
        "/admin/vouchers/purchases/regenerate",
        { method: "POST", body }
      ),
    onSettled: () => invalidate("purchases", "dashboard"),
  })
}

export function useCleanupFailed() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (older_than_days: number) =>
      sdk.client.fetch<CleanupFailedResult>("/admin/vouchers/cleanup/failed", {
        method: "POST",
        body: { older_than_days },
      }),
    onSettled: () => invalidate("purchases", "dashboard"),
  })
}

export function useCleanupExpired() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<CleanupExpiredResult>(
        "/admin/vouchers/cleanup/expired",
        { method: "POST", body: {} }
      ),
    onSettled: () => invalidate("purchases", "dashboard"),
  })
}

export function useSavePackage(id?: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: VoucherPackageInput) =>
      sdk.client.fetch<{ package: VoucherPackage }>(
        id ? `/admin/vouchers/packages/${id}` : "/admin/vouchers/packages",
        { method: "POST", body }
      ),
    onSuccess: () => invalidate("packages", "dashboard"),
  })
}

export function useDeletePackage() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(
        `/admin/vouchers/packages/${id}`,
        { method: "DELETE" }
      ),
    onSuccess: () => invalidate("packages", "dashboard"),
  })
}

export function useSaveRouter(id?: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: VoucherRouterInput) =>
      sdk.client.fetch<{ router: VoucherRouter }>(
        id ? `/admin/vouchers/routers/${id}` : "/admin/vouchers/routers",
        { method: "POST", body }
      ),
    onSuccess: () => invalidate("routers", "packages"),
  })
}

export function useDeleteRouter() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(
        `/admin/vouchers/routers/${id}`,
        { method: "DELETE" }
      ),
    onSuccess: () => invalidate("routers", "packages"),
  })
}

export function useTestRouter() {
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<RouterTestResult>(`/admin/vouchers/routers/${id}/ping`, {
        method: "POST",
        body: {},
      }),
  })
}
