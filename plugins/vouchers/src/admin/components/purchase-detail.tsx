import {
  Badge,
  Button,
  Container,
  Heading,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  canRegenerate,
  DELIVERY_STATUS_COLOR,
  errorMessage,
  formatDateTime,
  VOUCHER_STATUS_COLOR,
} from "../lib/format"
import {
  useRegeneratePurchase,
  useRetryDelivery,
  type RetryDeliveryResult,
  type VoucherPurchaseDetail,
} from "../lib/vouchers"
import { EmptyState, Field, PurchaseStatusBadge, SectionHeader } from "./common"

function toastDelivery({ delivery }: RetryDeliveryResult) {
  const entries = Object.entries(delivery.channels)
  if (!entries.length) {
    toast.warning("No delivery channel is enabled")
    return
  }
  const description = entries
    .map(([channel, outcome]) => `${channel}: ${outcome}`)
    .join(", ")
  const anySent = entries.some(([, outcome]) => outcome === "sent")
  const anyProblem = entries.some(
    ([, outcome]) => outcome === "failed" || outcome === "error"
  )
  if (anySent && !anyProblem) toast.success("Codes sent again", { description })
  else if (anySent) toast.warning("Codes partly sent", { description })
  else toast.error("Codes were not sent", { description })
}

const RetryDeliveryButton = ({
  purchase,
}: {
  purchase: VoucherPurchaseDetail
}) => {
  const mutation = useRetryDelivery(purchase.id)
  const enabled = purchase.status === "completed"
  return (
    <Button
      size="small"
      variant="secondary"
      disabled={!enabled}
      title={enabled ? undefined : "Only completed purchases have codes"}
      isLoading={mutation.isPending}
      onClick={() =>
        mutation.mutate(undefined, {
          onSuccess: toastDelivery,
          onError: (e) => toast.error(errorMessage(e)),
        })
      }
    >
      Retry delivery
    </Button>
  )
}

const RegenerateButton = ({
  purchase,
}: {
  purchase: VoucherPurchaseDetail
}) => {
  const prompt = usePrompt()
  const mutation = useRegeneratePurchase(purchase.id)
  const enabled = canRegenerate(purchase.status)

  const run = async () => {
    const confirmed = await prompt({
      title: "Regenerate vouchers?",
      description:
        "The vouchers of this purchase are created on its router again. Users that already exist on the router are reused, never duplicated. The codes are delivered when it succeeds.",
      confirmText: "Regenerate",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    mutation.mutate(undefined, {
      onSuccess: ({ outcome }) => {
        if (outcome.result === "completed") {
          toast.success("Vouchers generated")
        } else if (outcome.result === "generation_failed") {
          toast.error("Generation failed again", {
            description: outcome.reason,
          })
        } else {
          toast.info("Skipped", { description: outcome.reason })
        }
      },
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  return (
    <Button
      size="small"
      variant={enabled ? "primary" : "secondary"}
      disabled={!enabled}
      title={enabled ? undefined : "Only failed generations can be regenerated"}
      isLoading={mutation.isPending}
      onClick={run}
    >
      Regenerate
    </Button>
  )
}

export const PurchaseSummary = ({
  purchase,
}: {
  purchase: VoucherPurchaseDetail
}) => (
  <Container className="divide-y p-0">
    <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
      <div className="flex items-center gap-3">
        <Heading level="h1">Purchase</Heading>
        <PurchaseStatusBadge status={purchase.status} />
        <Text size="small" className="text-ui-fg-subtle font-mono">
          {purchase.id}
        </Text>
      </div>
      <div className="flex items-center gap-2">
        <RetryDeliveryButton purchase={purchase} />
        <RegenerateButton purchase={purchase} />
      </div>
    </div>
    {purchase.failure_reason && (
      <div className="bg-ui-bg-subtle px-6 py-3">
        <Text size="small" weight="plus" className="text-ui-fg-error">
          Failure reason
        </Text>
        <Text size="small" className="text-ui-fg-error break-all">
          {purchase.failure_reason}
        </Text>
      </div>
    )}
    <Field label="Order">
      <Link
        to={`/orders/${purchase.order_id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
      >
        {purchase.order_id}
      </Link>
    </Field>
    <Field label="Package">
      {purchase.package?.name ?? "(deleted package)"}
    </Field>
    <Field label="Quantity">{purchase.quantity}</Field>
    <Field label="E-mail">{purchase.email}</Field>
    <Field label="Phone">{purchase.phone}</Field>
    <Field label="Generation attempts">{purchase.generation_attempts}</Field>
    <Field label="Paid">{formatDateTime(purchase.paid_at)}</Field>
    <Field label="Completed">{formatDateTime(purchase.completed_at)}</Field>
    <Field label="Failed">{formatDateTime(purchase.failed_at)}</Field>
    <Field label="Delivered">{formatDateTime(purchase.delivered_at)}</Field>
  </Container>
)

export const VouchersTable = ({
  vouchers,
}: {
  vouchers: VoucherPurchaseDetail["vouchers"]
}) => (
  <Container className="divide-y p-0">
    <SectionHeader title="Vouchers" />
    {vouchers.length === 0 ? (
      <EmptyState>No vouchers have been created for this purchase.</EmptyState>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>User name</Table.HeaderCell>
            <Table.HeaderCell>Password</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Router user</Table.HeaderCell>
            <Table.HeaderCell>Created on router</Table.HeaderCell>
            <Table.HeaderCell>Expires</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {vouchers.map((v) => (
            <Table.Row key={v.id}>
              <Table.Cell className="font-mono">{v.username}</Table.Cell>
              <Table.Cell className="font-mono">{v.password}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={VOUCHER_STATUS_COLOR[v.status] ?? "grey"}>
                  {v.status}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell className="font-mono text-xs">
                {v.router_user_id ?? "-"}
              </Table.Cell>
              <Table.Cell>{formatDateTime(v.created_on_router_at)}</Table.Cell>
              <Table.Cell>{formatDateTime(v.expires_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </Container>
)

export const DeliveryLog = ({
  deliveries,
}: {
  deliveries: VoucherPurchaseDetail["deliveries"]
}) => (
  <Container className="divide-y p-0">
    <SectionHeader
      title="Delivery log"
      description="Every WhatsApp and e-mail attempt, oldest first."
    />
    {deliveries.length === 0 ? (
      <EmptyState>Nothing has been sent for this purchase yet.</EmptyState>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Time</Table.HeaderCell>
            <Table.HeaderCell>Round</Table.HeaderCell>
            <Table.HeaderCell>Channel</Table.HeaderCell>
            <Table.HeaderCell>To</Table.HeaderCell>
            <Table.HeaderCell>Attempt</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Details</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {deliveries.map((d) => (
            <Table.Row key={d.id}>
              <Table.Cell>{formatDateTime(d.created_at)}</Table.Cell>
              <Table.Cell className="font-mono text-xs">{d.round}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">{d.channel}</Badge>
              </Table.Cell>
              <Table.Cell>{d.to ?? "-"}</Table.Cell>
              <Table.Cell>{d.attempt}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={DELIVERY_STATUS_COLOR[d.status] ?? "grey"}>
                  {d.status}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell className="max-w-xs break-words whitespace-normal">
                {d.error_message ? (
                  <span className="text-ui-fg-error">{d.error_message}</span>
                ) : d.provider_response_id ? (
                  <span className="text-ui-fg-subtle font-mono text-xs">
                    {d.provider_response_id}
                  </span>
                ) : (
                  "-"
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </Container>
)
