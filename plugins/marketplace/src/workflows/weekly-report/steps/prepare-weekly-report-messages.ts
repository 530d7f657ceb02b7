/* eslint-disable @typescript-eslint/no-explicit-any -- rows read through Query; each field is named in the query */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MarketplaceModules } from "../../../types"
import type SellerAnalyticsModuleService from "../../../modules/seller-analytics/service"
import type MarketplaceMessageModuleService from "../../../modules/marketplace-message/service"
import { resolveLocale } from "../../../notifications/format"
import {
  type MarketplaceMessageInput,
  NotificationTemplates,
} from "../../../notifications/types"
import { addDays, dayStart } from "../../analytics/utils/days"
import { percentChange } from "../../analytics/utils/dashboard"
import { getSellerSalesFigures, readSales } from "../../analytics/utils/figures"
import {
  dueReportWeek,
  reportWeekOf,
  type ReportWeek,
  weeklyReportKey,
} from "../utils/report-week"

type Row = Record<string, any>

/** Products listed in the report, by revenue. */
export const WEEKLY_REPORT_TOP_PRODUCTS = 5

export type PrepareWeeklyReportInput = {
  /** The instant the run stands at (default: now); picks the due week. */
  now?: string
  /** Report this week instead (a Monday, store time). */
  week_start?: string
}

export type PreparedWeeklyReports = {
  week: ReportWeek
  messages: MarketplaceMessageInput[]
}

/**
 * One weekly-report message per seller that is active and existed before
 * the reported week ended, with its figures of that week and the change
 * against the week before; sellers whose report of that week was already
 * sent are left out (the send step would skip them too, by idempotency key —
 * this only spares computing their figures again on every hourly run).
 */
export const prepareWeeklyReportMessagesStep = createStep(
  "marketplace-prepare-weekly-report-messages-step",
  async (input: PrepareWeeklyReportInput, { container }) => {
    const analytics = container.resolve<SellerAnalyticsModuleService>(
      MarketplaceModules.SELLER_ANALYTICS
    )
    const timezone = analytics.getTimezone()
    const week = input.week_start
      ? reportWeekOf(input.week_start)
      : dueReportWeek(input.now ? new Date(input.now) : new Date(), timezone)
    const weekEnded = dayStart(addDays(week.week_end, 1), timezone)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = (await query.graph({
      entity: "seller",
      fields: ["id", "name", "email", "metadata", "created_at"],
      filters: { status: "active" },
    })) as { data: Row[] }
    const candidates = data.filter(
      (s) => s.email && new Date(s.created_at) < weekEnded
    )
    if (!candidates.length) {
      return new StepResponse<PreparedWeeklyReports>({ week, messages: [] })
    }

    const messageLog = container.resolve<MarketplaceMessageModuleService>(
      MarketplaceModules.MESSAGE
    )
    const sent = await messageLog.listMarketplaceMessages(
      {
        idempotency_key: candidates.map((s) => weeklyReportKey(s.id, week)),
        status: "sent",
      },
      { select: ["idempotency_key"] }
    )
    const sentKeys = new Set(sent.map((m) => m.idempotency_key))
    const sellers = candidates.filter(
      (s) => !sentKeys.has(weeklyReportKey(s.id, week))
    )
    if (!sellers.length) {
      return new StepResponse<PreparedWeeklyReports>({ week, messages: [] })
    }

    const seller_ids = sellers.map((s) => s.id)
    const previous = {
      from: addDays(week.week_start, -7),
      to: addDays(week.week_end, -7),
    }
    const [current, before, products] = await Promise.all([
      getSellerSalesFigures(container, {
        from: week.week_start,
        to: week.week_end,
        seller_ids,
      }),
      getSellerSalesFigures(container, { ...previous, seller_ids }),
      readSales(container, {
        from: week.week_start,
        to: week.week_end,
        products_from: week.week_start,
        seller_ids,
      }),
    ])
    const zero = { orders: 0, revenue: 0, average_order_value: 0 }
    const figuresOf = (rows: typeof current.sellers, id: string) =>
      rows.find((r) => r.seller_id === id) ?? zero

    const messages: MarketplaceMessageInput[] = sellers.map((seller) => {
      const now = figuresOf(current.sellers, seller.id)
      const then = figuresOf(before.sellers, seller.id)
      const top_products = products.products
        .filter((p) => p.seller_id === seller.id)
        .sort((a, b) => b.revenue - a.revenue || b.units - a.units)
        .slice(0, WEEKLY_REPORT_TOP_PRODUCTS)
        .map((p) => ({
          title: p.title ?? p.product_id,
          units: p.units,
          revenue: p.revenue,
        }))
      return {
        template: NotificationTemplates.WEEKLY_REPORT_SELLER,
        to: seller.email,
        locale: resolveLocale(seller.metadata?.locale),
        idempotency_key: weeklyReportKey(seller.id, week),
        resource_type: "seller",
        resource_id: seller.id,
        data: {
          seller_name: seller.name,
          week_start: week.week_start,
          week_end: week.week_end,
          currency_code: current.currency_code,
          revenue: now.revenue,
          orders: now.orders,
          average_order_value: now.average_order_value,
          change_vs_previous_week: {
            revenue_percent: percentChange(now.revenue, then.revenue),
            orders_percent: percentChange(now.orders, then.orders),
          },
          top_products,
        },
      }
    })
    return new StepResponse<PreparedWeeklyReports>({ week, messages })
  }
)
