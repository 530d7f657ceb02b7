import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ClockChangedSolidMini } from "@medusajs/icons"
import {
  Badge,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Table,
  Text,
} from "@medusajs/ui"
import { useState } from "react"
import type { AuditActorType, AuditChanges } from "../../../types"
import { useAuditEntries } from "../../lib/audit"

const PAGE_SIZE = 20

const ENTITY_TYPES = [
  "seller",
  "seller_product",
  "seller_stock",
  "seller_order",
  "voucher_purchase",
  "page",
]

const show = (value: unknown) =>
  value === null || value === undefined ? "–" : JSON.stringify(value)

const Changes = ({ changes }: { changes: AuditChanges | null }) =>
  changes ? (
    <div className="flex flex-col gap-1">
      {Object.entries(changes).map(([field, { from, to }]) => (
        <Text key={field} size="small" className="break-all">
          <span className="font-medium">{field}</span>: {show(from)} →{" "}
          {show(to)}
        </Text>
      ))}
    </div>
  ) : (
    <Text size="small">–</Text>
  )

/** Operators' audit log: who did what to which entity, newest first. */
const AuditPage = () => {
  const [actorType, setActorType] = useState<AuditActorType | "all">("all")
  const [entityType, setEntityType] = useState("all")
  const [entityId, setEntityId] = useState("")
  const [after, setAfter] = useState("")
  const [before, setBefore] = useState("")
  const [page, setPage] = useState(0)

  const { data, isLoading, isError, error } = useAuditEntries({
    actor_type: actorType === "all" ? undefined : actorType,
    entity_type: entityType === "all" ? undefined : entityType,
    entity_id: entityId.trim() || undefined,
    created_after: after || undefined,
    // The whole "until" day: up to its last millisecond (UTC).
    created_before: before ? `${before}T23:59:59.999Z` : undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const reset = () => setPage(0)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <Heading level="h1">Audit log</Heading>
        <div className="flex flex-wrap items-end gap-2">
          <Select
            size="small"
            value={actorType}
            onValueChange={(v) => {
              setActorType(v as AuditActorType | "all")
              reset()
            }}
          >
            <Select.Trigger aria-label="Actor">
              <Select.Value placeholder="Actor" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All actors</Select.Item>
              <Select.Item value="user">Operators</Select.Item>
              <Select.Item value="seller">Sellers</Select.Item>
              <Select.Item value="customer">Customers</Select.Item>
              <Select.Item value="system">System</Select.Item>
            </Select.Content>
          </Select>
          <Select
            size="small"
            value={entityType}
            onValueChange={(v) => {
              setEntityType(v)
              reset()
            }}
          >
            <Select.Trigger aria-label="Entity">
              <Select.Value placeholder="Entity" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All entities</Select.Item>
              {ENTITY_TYPES.map((t) => (
                <Select.Item key={t} value={t}>
                  {t}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Input
            size="small"
            placeholder="Entity id"
            aria-label="Entity id"
            value={entityId}
            onChange={(e) => {
              setEntityId(e.target.value)
              reset()
            }}
          />
          <div className="flex flex-col">
            <Label size="xsmall" htmlFor="audit-after">
              From
            </Label>
            <Input
              id="audit-after"
              size="small"
              type="date"
              value={after}
              onChange={(e) => {
                setAfter(e.target.value)
                reset()
              }}
            />
          </div>
          <div className="flex flex-col">
            <Label size="xsmall" htmlFor="audit-before">
              Until
            </Label>
            <Input
              id="audit-before"
              size="small"
              type="date"
              value={before}
              onChange={(e) => {
                setBefore(e.target.value)
                reset()
              }}
            />
          </div>
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
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Who</Table.HeaderCell>
                <Table.HeaderCell>Action</Table.HeaderCell>
                <Table.HeaderCell>Entity</Table.HeaderCell>
                <Table.HeaderCell>Change</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.audit_entries ?? []).map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.Cell>
                    {new Date(entry.created_at).toLocaleString()}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall">{entry.actor_type}</Badge>{" "}
                    <Text size="small" as="span">
                      {entry.actor_id ?? ""}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>{entry.action}</Table.Cell>
                  <Table.Cell>{entry.entity_id}</Table.Cell>
                  <Table.Cell className="max-w-md">
                    <Changes changes={entry.changes} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && count === 0 && (
            <Text className="text-ui-fg-subtle px-6 py-4">
              No audit entries match.
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
  label: "Audit log",
  icon: ClockChangedSolidMini,
})

export default AuditPage
