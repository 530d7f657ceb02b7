import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import {
  Button,
  Container,
  Heading,
  Select,
  StatusBadge,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import type { ReviewStatus } from "../../../types"
import { useReviews, useReviewStatusAction } from "../../lib/reviews"

const PAGE_SIZE = 20

const stars = (rating: number) => "★".repeat(rating) + "☆".repeat(5 - rating)

/** Operators' moderation list: every review, newest first; hide and show. */
const ReviewsPage = () => {
  const [status, setStatus] = useState<ReviewStatus | "all">("all")
  const [rating, setRating] = useState<string>("all")
  const [page, setPage] = useState(0)

  const { data, isLoading, isError, error } = useReviews({
    status: status === "all" ? undefined : status,
    rating: rating === "all" ? undefined : Number(rating),
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const moderate = useReviewStatusAction()
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  const act = (id: string, action: "hide" | "show") =>
    moderate.mutate(
      { id, action },
      {
        onSuccess: () =>
          toast.success(action === "hide" ? "Review hidden" : "Review shown"),
        onError: (e) => toast.error((e as Error).message),
      }
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">Reviews</Heading>
        <div className="flex items-center gap-2">
          <Select
            size="small"
            value={status}
            onValueChange={(value) => {
              setStatus(value as ReviewStatus | "all")
              setPage(0)
            }}
          >
            <Select.Trigger>
              <Select.Value placeholder="Status" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All statuses</Select.Item>
              <Select.Item value="visible">Visible</Select.Item>
              <Select.Item value="hidden">Hidden</Select.Item>
            </Select.Content>
          </Select>
          <Select
            size="small"
            value={rating}
            onValueChange={(value) => {
              setRating(value)
              setPage(0)
            }}
          >
            <Select.Trigger>
              <Select.Value placeholder="Rating" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All ratings</Select.Item>
              {[5, 4, 3, 2, 1].map((r) => (
                <Select.Item key={r} value={String(r)}>
                  {stars(r)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>

      {isError ? (
        <Text className="text-ui-fg-error px-6 py-4">
          {(error as Error).message}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Rating</Table.HeaderCell>
                <Table.HeaderCell>Review</Table.HeaderCell>
                <Table.HeaderCell>Shopper</Table.HeaderCell>
                <Table.HeaderCell>Date</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.reviews ?? []).map((review) => (
                <Table.Row key={review.id}>
                  <Table.Cell>
                    {review.product?.title ?? review.product_id}
                  </Table.Cell>
                  <Table.Cell title={`${review.rating} / 5`}>
                    {stars(review.rating)}
                  </Table.Cell>
                  <Table.Cell className="max-w-md">
                    {review.title && (
                      <Text size="small" weight="plus">
                        {review.title}
                      </Text>
                    )}
                    <Text size="small" className="line-clamp-2">
                      {review.text ?? "-"}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    {review.customer?.email ?? review.customer_id}
                  </Table.Cell>
                  <Table.Cell>
                    {new Date(review.created_at).toLocaleDateString()}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge
                      color={review.status === "visible" ? "green" : "grey"}
                    >
                      {review.status === "visible" ? "Visible" : "Hidden"}
                    </StatusBadge>
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={moderate.isPending}
                      onClick={() =>
                        act(
                          review.id,
                          review.status === "visible" ? "hide" : "show"
                        )
                      }
                    >
                      {review.status === "visible" ? "Hide" : "Show"}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && count === 0 && (
            <Text className="text-ui-fg-subtle px-6 py-4">
              No reviews match.
            </Text>
          )}
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setPage((p) => Math.max(0, p - 1))}
            nextPage={() => setPage((p) => p + 1)}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Reviews",
  icon: Star,
})

export default ReviewsPage
