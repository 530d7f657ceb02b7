import {
  Button,
  Checkbox,
  Container,
  Input,
  Select,
  Table,
  Text,
  Tooltip,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  canBulkRegenerate,
  errorMessage,
  formatDateTime,
  PURCHASE_STATUS_LABEL,
  PURCHASE_STATUS_OPTIONS,
} from "../lib/format"
import {
  useBulkRegenerate,
  useVoucherPurchases,
  type PurchaseStatus,
  type VoucherPurchaseListItem,
} from "../lib/vouchers"
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PurchaseStatusBadge,
  SectionHeader,
} from "./common"
import { toastBulkRegenerate } from "./regenerate-toast"

const PAGE_SIZE = 20
type StatusFilter = PurchaseStatus | "all"

const StatusFilterSelect = ({
  value,
  onChange,
}: {
  value: StatusFilter
  onChange: (value: StatusFilter) => void
}) => (
  <Select
    size="small"
    value={value}
    onValueChange={(v) => onChange(v as StatusFilter)}
  >
    <Select.Trigger>
      <Select.Value placeholder="Status" />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value="all">All statuses</Select.Item>
      {PURCHASE_STATUS_OPTIONS.map((s) => (
        <Select.Item key={s} value={s}>
          {PURCHASE_STATUS_LABEL[s]}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** Regenerate the selected rows, or every failed generation. */
const RegenerateActions = ({
  selected,
  showAllFailed,
  onDone,
}: {
  selected: string[]
  showAllFailed: boolean
  onDone: () => void
}) => {
  const prompt = usePrompt()
  const mutation = useBulkRegenerate()

  const run = async (body: { ids: string[] } | { all_failed: true }) => {
    const confirmed = await prompt({
      title: "Regenerate vouchers?",
      description:
        "all_failed" in body
          ? "Every purchase whose voucher generation failed (up to 200) is retried on its router. Users already on a router are reused, never duplicated."
          : `The ${selected.length} selected purchase(s) are retried on their router. Purchases that are not eligible are skipped.`,
      confirmText: "Regenerate",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    mutation.mutate(body, {
      onSuccess: (result) => {
        toastBulkRegenerate(result)
        onDone()
      },
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  return (
    <>
      {selected.length > 0 && (
        <Button
          size="small"
          variant="secondary"
          isLoading={mutation.isPending}
          onClick={() => run({ ids: selected })}
        >
          Regenerate selected ({selected.length})
        </Button>
      )}
      {showAllFailed && (
        <Button
          size="small"
          variant="primary"
          isLoading={mutation.isPending}
          onClick={() => run({ all_failed: true })}
        >
          Regenerate all failed
        </Button>
      )}
    </>
  )
}

const PurchaseRow = ({
  purchase,
  selected,
  onToggle,
  onOpen,
}: {
  purchase: VoucherPurchaseListItem
  selected: boolean
  onToggle: (checked: boolean) => void
  onOpen: () => void
}) => (
  <Table.Row className="cursor-pointer" onClick={onOpen}>
    <Table.Cell onClick={(e) => e.stopPropagation()}>
      <Checkbox
        aria-label={`Select ${purchase.id}`}
        disabled={!canBulkRegenerate(purchase.status)}
        checked={selected}
        onCheckedChange={(checked) => onToggle(checked === true)}
      />
    </Table.Cell>
    <Table.Cell>{formatDateTime(purchase.created_at)}</Table.Cell>
    <Table.Cell>{purchase.package?.name ?? "(deleted package)"}</Table.Cell>
    <Table.Cell>{purchase.quantity}</Table.Cell>
    <Table.Cell>
      <div className="flex flex-col">
        <span>{purchase.email ?? "-"}</span>
        <span className="text-ui-fg-subtle">{purchase.phone ?? ""}</span>
      </div>
    </Table.Cell>
    <Table.Cell className="font-mono text-xs">{purchase.order_id}</Table.Cell>
    <Table.Cell>
      {purchase.failure_reason ? (
        <Tooltip content={purchase.failure_reason}>
          <span>
            <PurchaseStatusBadge status={purchase.status} />
          </span>
        </Tooltip>
      ) : (
        <PurchaseStatusBadge status={purchase.status} />
      )}
    </Table.Cell>
    <Table.Cell>{formatDateTime(purchase.delivered_at)}</Table.Cell>
  </Table.Row>
)

/** Purchases: status filter, search, pagination, bulk regenerate. */
export const PurchasesTab = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [status, setStatus] = useState<StatusFilter>("all")
  const [page, setPage] = useState(0)
  const [selected, setSelected] = useState<string[]>([])

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search.trim())
      setPage(0)
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  // A selection only makes sense for the rows on screen.
  useEffect(() => setSelected([]), [q, status, page])

  const { data, isLoading, isError, error, isFetching } = useVoucherPurchases({
    status: status === "all" ? undefined : status,
    q: q || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const purchases = data?.purchases ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const selectable = purchases.filter((p) => canBulkRegenerate(p.status))
  const allSelected =
    selectable.length > 0 && selectable.every((p) => selected.includes(p.id))
  const failedOnly = status === "voucher_generation_failed"

  const changeStatus = (value: StatusFilter) => {
    setStatus(value)
    setPage(0)
  }
  const toggle = (id: string, checked: boolean) =>
    setSelected((current) =>
      checked ? [...current, id] : current.filter((x) => x !== id)
    )

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Purchases"
        description={isFetching && !isLoading ? "Refreshing…" : undefined}
        actions={
          <>
            <Input
              type="search"
              size="small"
              placeholder="E-mail, phone or order id"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <StatusFilterSelect value={status} onChange={changeStatus} />
            <Tooltip content="Paid purchases whose vouchers could not be created on the router">
              <Button
                size="small"
                variant={failedOnly ? "primary" : "secondary"}
                onClick={() =>
                  changeStatus(failedOnly ? "all" : "voucher_generation_failed")
                }
              >
                Failed
              </Button>
            </Tooltip>
          </>
        }
      />
      {(selected.length > 0 || failedOnly) && (
        <div className="flex items-center justify-between gap-2 px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {selected.length > 0
              ? `${selected.length} selected`
              : "Select rows to regenerate them, or regenerate every failed purchase."}
          </Text>
          <div className="flex items-center gap-2">
            {selected.length > 0 && (
              <Button
                size="small"
                variant="transparent"
                onClick={() => setSelected([])}
              >
                Clear selection
              </Button>
            )}
            <RegenerateActions
              selected={selected}
              showAllFailed={failedOnly}
              onDone={() => setSelected([])}
            />
          </div>
        </div>
      )}
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="w-8">
                  <Checkbox
                    aria-label="Select all regeneratable rows"
                    disabled={selectable.length === 0}
                    checked={allSelected}
                    onCheckedChange={(checked) =>
                      setSelected(
                        checked === true ? selectable.map((p) => p.id) : []
                      )
                    }
                  />
                </Table.HeaderCell>
                <Table.HeaderCell>Created</Table.HeaderCell>
                <Table.HeaderCell>Package</Table.HeaderCell>
                <Table.HeaderCell>Qty</Table.HeaderCell>
                <Table.HeaderCell>Buyer</Table.HeaderCell>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Delivered</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {purchases.map((purchase) => (
                <PurchaseRow
                  key={purchase.id}
                  purchase={purchase}
                  selected={selected.includes(purchase.id)}
                  onToggle={(checked) => toggle(purchase.id, checked)}
                  onOpen={() => navigate(`/vouchers/purchases/${purchase.id}`)}
                />
              ))}
            </Table.Body>
          </Table>
          {count === 0 && (
            <EmptyState>
              {q || status !== "all"
                ? "No purchases match."
                : "No voucher purchases yet."}
            </EmptyState>
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
        </div>
      )}
    </Container>
  )
}
