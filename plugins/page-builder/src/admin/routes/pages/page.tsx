import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText, Plus } from "@medusajs/icons"
import { Button, Container, Input, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageStatusBadge,
  SectionHeader,
} from "../../components/common"
import { CreatePageDrawer } from "../../components/create-page-drawer"
import {
  formatDateTime,
  PAGE_STATUS_LABEL,
  PAGE_STATUS_OPTIONS,
} from "../../lib/format"
import { usePages, type PageStatus } from "../../lib/pages"

const PAGE_SIZE = 20
type StatusFilter = PageStatus | "all"

/** Operators' pages: search, status filter, pagination, create. */
const PagesPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [status, setStatus] = useState<StatusFilter>("all")
  const [page, setPage] = useState(0)
  const [creating, setCreating] = useState(false)

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search.trim())
      setPage(0)
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const { data, isLoading, isError, error, isFetching } = usePages({
    q: q || undefined,
    status: status === "all" ? undefined : status,
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
  })
  const pages = data?.pages ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Pages"
        description={
          isFetching && !isLoading
            ? "Refreshing…"
            : "Landing pages composed with blocks; the store shows the published version."
        }
        actions={
          <>
            <Input
              type="search"
              size="small"
              placeholder="Search title or slug"
              aria-label="Search pages"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <Select
              size="small"
              value={status}
              onValueChange={(v) => {
                setStatus(v as StatusFilter)
                setPage(0)
              }}
            >
              <Select.Trigger aria-label="Status filter" className="w-40">
                <Select.Value placeholder="Status" />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All statuses</Select.Item>
                {PAGE_STATUS_OPTIONS.map((s) => (
                  <Select.Item key={s} value={s}>
                    {PAGE_STATUS_LABEL[s]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setCreating(true)}
            >
              <Plus />
              Create page
            </Button>
          </>
        }
      />
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Title</Table.HeaderCell>
                <Table.HeaderCell>Slug</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Published version</Table.HeaderCell>
                <Table.HeaderCell>Updated</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {pages.map((p) => (
                <Table.Row
                  key={p.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/pages/${p.id}`)}
                >
                  <Table.Cell>
                    <Link
                      to={`/pages/${p.id}`}
                      className="text-ui-fg-base hover:text-ui-fg-interactive"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {p.title}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="font-mono text-xs">
                    /{p.slug}
                  </Table.Cell>
                  <Table.Cell>
                    <PageStatusBadge status={p.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {p.published_version == null
                      ? "-"
                      : `v${p.published_version}`}
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(p.updated_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {count === 0 && (
            <EmptyState>
              {q || status !== "all"
                ? "No pages match."
                : "No pages yet. Create one to compose it with blocks."}
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
      <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
        Times are shown in your browser&apos;s time zone.
      </Text>
      <CreatePageDrawer open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Pages",
  icon: DocumentText,
})

export default PagesPage
