import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import {
  Container,
  Drawer,
  Heading,
  Input,
  Select,
  StatusBadge,
  Table,
  Text,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { type AdminMessage, useMessages } from "../../lib/messages"

const PAGE_SIZE = 20
const STATUS_COLOR = { pending: "grey", sent: "green", failed: "red" } as const

/** Operators' log of the marketplace's e-mails: recipient and status filters, each message's content and failed attempts. */
const MessagesPage = () => {
  const [search, setSearch] = useState("")
  const [to, setTo] = useState("")
  const [status, setStatus] = useState<AdminMessage["status"] | "all">("all")
  const [page, setPage] = useState(0)
  const [open, setOpen] = useState<AdminMessage | null>(null)

  useEffect(() => {
    const timer = setTimeout(() => {
      setTo(search.trim())
      setPage(0)
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const { data, isLoading, isError, error } = useMessages({
    to: to || undefined,
    status: status === "all" ? undefined : status,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">E-mails</Heading>
        <div className="flex items-center gap-2">
          <Input
            type="search"
            size="small"
            placeholder="Recipient e-mail (exact)"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Select
            size="small"
            value={status}
            onValueChange={(value) => {
              setStatus(value as AdminMessage["status"] | "all")
              setPage(0)
            }}
          >
            <Select.Trigger>
              <Select.Value placeholder="Status" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All statuses</Select.Item>
              <Select.Item value="sent">Sent</Select.Item>
              <Select.Item value="failed">Failed</Select.Item>
              <Select.Item value="pending">Pending</Select.Item>
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
                <Table.HeaderCell>Date</Table.HeaderCell>
                <Table.HeaderCell>To</Table.HeaderCell>
                <Table.HeaderCell>Subject</Table.HeaderCell>
                <Table.HeaderCell>Template</Table.HeaderCell>
                <Table.HeaderCell>Attempts</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.messages ?? []).map((m) => (
                <Table.Row
                  key={m.id}
                  className="cursor-pointer"
                  onClick={() => setOpen(m)}
                >
                  <Table.Cell>
                    {new Date(m.created_at).toLocaleString()}
                  </Table.Cell>
                  <Table.Cell>{m.to}</Table.Cell>
                  <Table.Cell>{m.subject}</Table.Cell>
                  <Table.Cell>{m.template}</Table.Cell>
                  <Table.Cell>{m.attempts}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLOR[m.status]}>
                      {m.status}
                    </StatusBadge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && count === 0 && (
            <Text className="text-ui-fg-subtle px-6 py-4">
              No e-mails match.
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
      <Drawer open={!!open} onOpenChange={(o) => !o && setOpen(null)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>{open?.subject}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-auto">
            <Text size="small">
              To {open?.to} · {open?.locale} · {open?.provider_id ?? "-"}
            </Text>
            {/* The stored HTML in a sandboxed frame: no scripts, no same origin. */}
            <iframe
              title="E-mail"
              sandbox=""
              srcDoc={open?.html ?? ""}
              className="h-96 w-full rounded border"
            />
            {(open?.errors ?? []).map((e) => (
              <Text key={e.attempt} size="small" className="text-ui-fg-error">
                Attempt {e.attempt} ({new Date(e.at).toLocaleString()}):{" "}
                {e.message}
              </Text>
            ))}
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "E-mails",
  icon: Envelope,
})

export default MessagesPage
