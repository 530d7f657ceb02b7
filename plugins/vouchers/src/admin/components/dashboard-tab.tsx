import { Container, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatMoney, formatPercent } from "../lib/format"
import { useVoucherDashboard, type VoucherDashboard } from "../lib/vouchers"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "./common"

const PERIODS = [1, 7, 30, 90]

const StatCard = ({
  label,
  value,
  hint,
  tone,
}: {
  label: string
  value: string | number
  hint?: string
  tone?: "error" | "success"
}) => (
  <div className="bg-ui-bg-base shadow-elevation-card-rest rounded-lg px-4 py-3">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text
      size="xlarge"
      weight="plus"
      className={
        tone === "error" && value !== 0
          ? "text-ui-fg-error"
          : tone === "success"
            ? "text-ui-tag-green-text"
            : undefined
      }
    >
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** Revenue summed per currency, e.g. "Rp 1.250.000". */
function totalRevenue(rows: VoucherDashboard["revenue_by_package"]) {
  const byCurrency = new Map<string | null, number>()
  for (const row of rows) {
    byCurrency.set(
      row.currency_code,
      (byCurrency.get(row.currency_code) ?? 0) + row.revenue
    )
  }
  if (!byCurrency.size) return formatMoney(0, "idr")
  return [...byCurrency.entries()]
    .map(([currency, amount]) => formatMoney(amount, currency))
    .join(" + ")
}

const StatCards = ({ data }: { data: VoucherDashboard }) => {
  const { purchases, delivery } = data
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
      <StatCard label="Purchases" value={purchases.total} />
      <StatCard label="Completed" value={purchases.completed} tone="success" />
      <StatCard label="Pending" value={purchases.pending} />
      <StatCard
        label="Failed (payment)"
        value={purchases.failed}
        hint="Unpaid, expired or cancelled"
      />
      <StatCard
        label="Generation failed"
        value={purchases.voucher_generation_failed}
        tone="error"
        hint="Paid, but the router refused: regenerate"
      />
      <StatCard label="Vouchers sold" value={data.vouchers_sold} />
      <StatCard label="Revenue" value={totalRevenue(data.revenue_by_package)} />
      <StatCard
        label="Delivery success"
        value={formatPercent(delivery.success_rate)}
        hint={`${delivery.attempts} attempts: ${delivery.sent} sent, ${delivery.failed} failed, ${delivery.error} error`}
      />
    </div>
  )
}

const RevenueTable = ({
  rows,
}: {
  rows: VoucherDashboard["revenue_by_package"]
}) => (
  <div>
    <SectionHeader title="Revenue by package" />
    {rows.length === 0 ? (
      <EmptyState>No paid purchases in this period.</EmptyState>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Package</Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              Purchases
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">Vouchers</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.package_id}>
              <Table.Cell>{row.name}</Table.Cell>
              <Table.Cell className="text-right">{row.purchases}</Table.Cell>
              <Table.Cell className="text-right">{row.vouchers}</Table.Cell>
              <Table.Cell className="text-right">
                {formatMoney(row.revenue, row.currency_code)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </div>
)

/** One row per day with a CSS bar (completed green, failed red, rest grey). */
const DailyTable = ({ rows }: { rows: VoucherDashboard["daily"] }) => {
  const max = Math.max(1, ...rows.map((r) => r.purchases))
  return (
    <div>
      <SectionHeader title="Daily" />
      {rows.length === 0 ? (
        <EmptyState>No days in this period.</EmptyState>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell className="w-1/3">Purchases</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Completed
              </Table.HeaderCell>
              <Table.HeaderCell className="text-right">Failed</Table.HeaderCell>
              <Table.HeaderCell className="text-right">
                Vouchers
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => {
              const other = Math.max(
                0,
                row.purchases - row.completed - row.failed
              )
              const pct = (n: number) => `${(n / max) * 100}%`
              return (
                <Table.Row key={row.date}>
                  <Table.Cell>{row.date}</Table.Cell>
                  <Table.Cell>
                    <div
                      className="bg-ui-bg-subtle flex h-2 w-full overflow-hidden rounded-full"
                      title={`${row.completed} completed, ${row.failed} failed, ${other} pending`}
                    >
                      <div
                        className="bg-ui-tag-green-icon h-full"
                        style={{ width: pct(row.completed) }}
                      />
                      <div
                        className="bg-ui-tag-red-icon h-full"
                        style={{ width: pct(row.failed) }}
                      />
                      <div
                        className="bg-ui-tag-orange-icon h-full"
                        style={{ width: pct(other) }}
                      />
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {row.purchases}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {row.completed}
                  </Table.Cell>
                  <Table.Cell className="text-right">{row.failed}</Table.Cell>
                  <Table.Cell className="text-right">{row.vouchers}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

/** Sales, failures and delivery figures for the last N days. */
export const DashboardTab = () => {
  const [days, setDays] = useState(7)
  const { data, isLoading, isError, error, isFetching } =
    useVoucherDashboard(days)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Dashboard"
        description={
          data
            ? `${new Date(data.period.from).toLocaleDateString("en-GB")} – ${new Date(
                data.period.to
              ).toLocaleDateString("en-GB")} (${data.period.time_zone})${
                isFetching ? " · refreshing…" : ""
              }`
            : undefined
        }
        actions={
          <Select
            size="small"
            value={String(days)}
            onValueChange={(value) => setDays(Number(value))}
          >
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PERIODS.map((d) => (
                <Select.Item key={d} value={String(d)}>
                  {d === 1 ? "Last 24 hours" : `Last ${d} days`}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        }
      />
      {isLoading ? (
        <LoadingState />
      ) : isError || !data ? (
        <ErrorState error={error} />
      ) : (
        <>
          <StatCards data={data} />
          <RevenueTable rows={data.revenue_by_package} />
          <DailyTable rows={data.daily} />
        </>
      )}
    </Container>
  )
}
