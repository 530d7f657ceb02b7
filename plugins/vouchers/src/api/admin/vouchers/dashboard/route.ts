/* eslint-disable @typescript-eslint/no-explicit-any -- module and Query rows are untyped; the fields read are named below */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { PURCHASE_STATUSES } from "../../../../types"
import { vouchersService } from "../helpers"
import type { AdminDashboardParamsType } from "../validators"

const DAY = 86400_000
const jakartaDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Jakarta",
})

/**
 * GET /admin/vouchers/dashboard?days=7 — figures for purchases created in the
 * last `days` days (Asia/Jakarta calendar days):
 * - purchases by status; `vouchers_sold` = vouchers of paid purchases
 *   (completed + voucher_generation_failed);
 * - delivery: attempts by status, and `success_rate` = completed purchases
 *   with at least one sent message ÷ completed purchases;
 * - revenue by package = the order lines of paid purchases after discounts,
 *   before tax (unit price × quantity − discounts);
 * - a daily series.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { days } = req.validatedQuery as AdminDashboardParamsType
  const vouchers = vouchersService(req.scope)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const to = new Date()
  const from = new Date(to.getTime() - days * DAY)
  const purchases = (await vouchers.listVoucherPurchases(
    { created_at: { $gte: from } } as any,
    {
      relations: ["package", "deliveries"],
      take: 20_000,
      order: { created_at: "ASC" },
    }
  )) as any[]

  const byStatus = Object.fromEntries(
    PURCHASE_STATUSES.map((s) => [s, 0])
  ) as Record<string, number>
  for (const p of purchases) byStatus[p.status]++
  const paid = purchases.filter((p) =>
    ["completed", "voucher_generation_failed"].includes(p.status)
  )
  const completed = purchases.filter((p) => p.status === "completed")
  const attempts = purchases.flatMap((p) => p.deliveries ?? [])
  const delivered = completed.filter((p) =>
    (p.deliveries ?? []).some((d: any) => d.status === "sent")
  )

  const lineTotals = new Map<string, { total: number; currency: string }>()
  const orderIds = [...new Set(paid.map((p) => p.order_id))]
  for (let i = 0; i < orderIds.length; i += 500) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "items.id",
        "items.unit_price",
        "items.quantity",
        "items.detail.quantity",
        "items.adjustments.amount",
      ],
      filters: { id: orderIds.slice(i, i + 500) },
    })
    for (const o of orders as any[]) {
      for (const item of o.items ?? []) {
        if (!item) continue
        // The line after discounts, before tax (the marketplace's commission base).
        const quantity = MathBN.convert(
          item.quantity ?? item.detail?.quantity ?? 0
        )
        const gross = MathBN.mult(item.unit_price ?? 0, quantity)
        const discounts = (item.adjustments ?? []).reduce(
          (sum: ReturnType<typeof MathBN.convert>, a: any) =>
            MathBN.add(sum, a?.amount ?? 0),
          MathBN.convert(0)
        )
        lineTotals.set(item.id, {
          total: MathBN.sub(gross, discounts).toNumber(),
          currency: o.currency_code,
        })
      }
    }
  }
  const revenue = new Map<string, any>()
  for (const p of paid) {
    const key = p.package?.id ?? "unknown"
    const row = revenue.get(key) ?? {
      package_id: key,
      name: p.package?.name ?? "(deleted package)",
      purchases: 0,
      vouchers: 0,
      revenue: 0,
      currency_code: lineTotals.get(p.line_item_id)?.currency ?? null,
    }
    row.purchases++
    row.vouchers += p.quantity
    row.revenue += lineTotals.get(p.line_item_id)?.total ?? 0
    revenue.set(key, row)
  }

  const daily = new Map<string, any>()
  for (let t = from.getTime(); t <= to.getTime() + DAY; t += DAY) {
    const date = jakartaDay.format(new Date(t))
    if (date <= jakartaDay.format(to))
      daily.set(date, {
        date,
        purchases: 0,
        completed: 0,
        failed: 0,
        vouchers: 0,
      })
  }
  for (const p of purchases) {
    const row = daily.get(jakartaDay.format(new Date(p.created_at)))
    if (!row) continue
    row.purchases++
    if (p.status === "completed") {
      row.completed++
      row.vouchers += p.quantity
    }
    if (p.status === "failed" || p.status === "voucher_generation_failed")
      row.failed++
  }

  res.json({
    period: {
      days,
      from: from.toISOString(),
      to: to.toISOString(),
      time_zone: "Asia/Jakarta",
    },
    purchases: { total: purchases.length, ...byStatus },
    vouchers_sold: paid.reduce((n, p) => n + p.quantity, 0),
    delivery: {
      attempts: attempts.length,
      sent: attempts.filter((d: any) => d.status === "sent").length,
      failed: attempts.filter((d: any) => d.status === "failed").length,
      error: attempts.filter((d: any) => d.status === "error").length,
      success_rate: completed.length
        ? delivered.length / completed.length
        : null,
    },
    revenue_by_package: [...revenue.values()].sort(
      (a, b) => b.revenue - a.revenue
    ),
    daily: [...daily.values()],
  })
}
