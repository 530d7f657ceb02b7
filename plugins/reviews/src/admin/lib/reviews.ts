import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import type { ReviewStatus } from "../../types"
import { sdk } from "./sdk"

export type AdminReview = {
  id: string
  product_id: string
  customer_id: string
  rating: number
  title: string | null
  text: string | null
  status: ReviewStatus
  reply: string | null
  created_at: string
  customer?: {
    email: string
    first_name: string | null
    last_name: string | null
  } | null
  product?: { id: string; title: string } | null
}

export type ReviewsQuery = {
  status?: ReviewStatus
  rating?: number
  limit: number
  offset: number
}

const KEY = "reviews-admin-reviews"

export function useReviews(params: ReviewsQuery) {
  return useQuery({
    queryKey: [KEY, "list", params],
    queryFn: () =>
      sdk.client.fetch<{
        reviews: AdminReview[]
        count: number
        offset: number
        limit: number
      }>("/admin/reviews", { query: params }),
    placeholderData: keepPreviousData,
  })
}

/** Hide or show a review (the server answers 409 when it already is). */
export function useReviewStatusAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "hide" | "show" }) =>
      sdk.client.fetch<{ review: AdminReview }>(
        `/admin/reviews/${id}/${action}`,
        { method: "POST", body: {} }
      ),
    onSettled: () => client.invalidateQueries({ queryKey: [KEY] }),
  })
}
