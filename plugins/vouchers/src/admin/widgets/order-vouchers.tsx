import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { PurchaseStatusBadge } from "../components/common"
import { useVoucherPurchases } from "../lib/vouchers"

/**
 * On an order's page: the hotspot voucher purchases of the order (status,
 * failure reason, delivery), linking to the purchase in the Vouchers page.
 * Renders nothing for orders without vouchers.
 */
const OrderVouchersWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, isError } = useVoucherPurchases({
    order_id: order.id,
    offset: 0,
    limit: 20,
  })
  if (isLoading || !data?.purchases.length) {
    return isError ? (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          Hotspot vouchers could not be loaded.
        </Text>
      </Container>
    ) : null
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Hotspot vouchers</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Package</Table.HeaderCell>
            <Table.HeaderCell>Vouchers</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Delivered</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.purchases.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <Link
                  to={`/vouchers/purchases/${p.id}`}
                  className="text-ui-fg-interactive"
                >
                  {p.package?.name ?? p.id}
                </Link>
              </Table.Cell>
              <Table.Cell>{p.quantity}</Table.Cell>
              <Table.Cell>
                <PurchaseStatusBadge status={p.status} />
                {p.failure_reason ? (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {p.failure_reason}
                  </Text>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                {p.delivered_at
                  ? new Date(p.delivered_at).toLocaleString()
                  : "—"}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderVouchersWidget
