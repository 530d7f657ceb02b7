import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import {
  Container,
  Heading,
  Input,
  Select,
  StatusBadge,
  Table,
  Text,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import type { SellerStatus } from "../../../types"
import { STATUS_COLOR, STATUS_LABEL, useSellers } from "../../lib/sellers"

const PAGE_SIZE = 20

/** Operators' list of sellers: search, status filter, pagination. */
const SellersPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [status, setStatus] = useState<SellerStatus | "all">("all")
  const [page, setPage] = useState(0)

  // Search as the operator types, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search.trim())
      setPage(0)
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const { data, isLoading, isError, error } = useSellers({
    q: q || undefined,
    status: status === "all" ? undefined : status,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">Sellers</Heading>
        <div className="flex items-center gap-2">
          <Input
            type="search"
            size="small"
            placeholder="Search name, handle or e-mail"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Select
            size="small"
            value={status}
            onValueChange={(value) => {
              setStatus(value as SellerStatus | "all")
              setPage(0)
            }}
          >
            <Select.Trigger>
              <Select.Value placeholder="Status" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All statuses</Select.Item>
              <Select.Item value="pending">Pending</Select.Item>
              <Select.Item value="active">Active</Select.Item>
              <Select.Item value="suspended">Suspended</Select.Item>
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
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Handle</Table.HeaderCell>
                <Table.HeaderCell>E-mail</Table.HeaderCell>
                <Table.HeaderCell>City</Table.HeaderCell>
                <Table.HeaderCell>Commission</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.sellers ?? []).map((seller) => (
                <Table.Row
                  key={seller.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/sellers/${seller.id}`)}
                >
                  <Table.Cell>{seller.name}</Table.Cell>
                  <Table.Cell>{seller.handle}</Table.Cell>
                  <Table.Cell>{seller.email}</Table.Cell>
                  <Table.Cell>{seller.city ?? "-"}</Table.Cell>
                  <Table.Cell>
                    {seller.commission_rate === null
                      ? "Default"
                      : `${seller.commission_rate}%`}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLOR[seller.status]}>
                      {STATUS_LABEL[seller.status]}
                    </StatusBadge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && count === 0 && (
            <Text className="text-ui-fg-subtle px-6 py-4">
              No sellers match.
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
  label: "Sellers",
  icon: BuildingStorefront,
})

export default SellersPage
