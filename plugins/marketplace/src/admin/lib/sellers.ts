import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import type { SellerStatus } from "../../types"
import type { SellerStatusAction } from "../../api/admin/sellers/status-actions"
import { sdk } from "./sdk"

export type AdminSeller = {
  id: string
  name: string
  handle: string
  email: string
  phone: string | null
  city: string | null
  province: string | null
  address_1: string | null
  postal_code: string | null
  status: SellerStatus
  commission_rate: number | null
  created_at: string
  members?: { id: string; email: string; name: string | null; role: string }[]
  stock_locations?: { id: string; name: string }[]
  product_count?: number
}

export type SellersQuery = {
  q?: string
  status?: SellerStatus
  limit: number
  offset: number
}

const KEY = "marketplace-admin-sellers"

export function useSellers(params: SellersQuery) {
  return useQuery({
    queryKey: [KEY, "list", params],
    queryFn: () =>
      sdk.client.fetch<{
        sellers: AdminSeller[]
        count: number
        offset: number
        limit: number
      }>("/admin/sellers", {
        query: { ...params, order: "-created_at" },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useSeller(id: string) {
  return useQuery({
    queryKey: [KEY, "detail", id],
    queryFn: () =>
      sdk.client.fetch<{ seller: AdminSeller }>(`/admin/sellers/${id}`),
  })
}

export function useSellerStatusAction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: SellerStatusAction) =>
      sdk.client.fetch<{ seller: AdminSeller }>(
        `/admin/sellers/${id}/${action}`,
        { method: "POST", body: {} }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }),
  })
}

export function useUpdateSellerCommission(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (commission_rate: number | null) =>
      sdk.client.fetch<{ seller: AdminSeller }>(`/admin/sellers/${id}`, {
        method: "POST",
        body: { commission_rate },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }),
  })
}

export const STATUS_COLOR: Record<SellerStatus, "green" | "orange" | "red"> = {
  active: "green",
  pending: "orange",
  suspended: "red",
}

export const STATUS_LABEL: Record<SellerStatus, string> = {
  active: "Active",
  pending: "Pending",
  suspended: "Suspended",
}
