import {
  NotificationTemplates,
  renderNotification,
  resolveLocale,
  type WeeklyReportSellerData,
} from "../index"
import { TEMPLATES } from "../templates"
import { NOTIFICATION_LOCALES } from "../types"

const evil = `<script>alert("x")</script> & 'Toko'`

const samples = {
  [NotificationTemplates.ORDER_PLACED_SHOPPER]: {
    order_group_id: "ogrp_1",
    group_display_id: 7,
    customer_name: evil,
    currency_code: "idr",
    total: 470_000,
    orders: [
      { display_id: 11, seller_name: evil, total: 320_000, item_count: 2 },
      {
        display_id: 12,
        seller_name: "Toko Sepatu",
        total: 150_000,
        item_count: 1,
      },
    ],
  },
  [NotificationTemplates.ORDER_PLACED_SELLER]: {
    seller_name: evil,
    order_id: "order_1",
    display_id: 11,
    currency_code: "idr",
    total: 320_000,
    items: [{ title: evil, quantity: 2, total: 300_000 }],
    shipping_city: evil,
  },
  [NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER]: {
    status: "shipped" as const,
    order_id: "order_1",
    display_id: 11,
    seller_name: evil,
    customer_name: evil,
    tracking_numbers: [evil],
  },
  [NotificationTemplates.LOW_STOCK_SELLER]: {
    seller_name: evil,
    product_title: evil,
    variant_title: evil,
    sku: evil,
    available: 9,
    threshold: 10,
  },
  [NotificationTemplates.SELLER_STATUS_SELLER]: {
    seller_name: evil,
    status: "active" as const,
  },
  [NotificationTemplates.WEEKLY_REPORT_SELLER]: {
    seller_name: evil,
    week_start: "2026-11-23",
    week_end: "2026-11-29",
    currency_code: "idr",
    revenue: 1_250_000,
    orders: 5,
    average_order_value: 250_000,
    change_vs_previous_week: { revenue_percent: 12.5, orders_percent: null },
    top_products: [{ title: evil, units: 3, revenue: 450_000 }],
  } satisfies WeeklyReportSellerData,
}

describe("notification templates", () => {
  it("has a sample for every template", () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(TEMPLATES).sort())
  })

  for (const template of Object.keys(samples) as (keyof typeof samples)[]) {
    for (const locale of NOTIFICATION_LOCALES) {
      it(`${template} (${locale}) escapes user data in HTML and keeps it in text`, () => {
        const out = renderNotification(
          template,
          samples[template] as never,
          locale
        )
        expect(out.locale).toBe(locale)
        expect(out.subject.length).toBeGreaterThan(0)
        expect(out.html).not.toContain("<script>")
        expect(out.html).toContain(
          "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Toko&#39;"
        )
        expect(out.html).toMatch(
          new RegExp(`^<!doctype html><html lang="${locale}">`)
        )
        expect(out.text).toContain(evil)
        expect(out.text).not.toContain("&lt;")
      })
    }
  }

  it("renders Indonesian by default and English on request", () => {
    const data = samples[NotificationTemplates.ORDER_PLACED_SHOPPER]
    const id = renderNotification(
      NotificationTemplates.ORDER_PLACED_SHOPPER,
      data
    )
    const en = renderNotification(
      NotificationTemplates.ORDER_PLACED_SHOPPER,
      data,
      "en-GB"
    )
    expect(id.subject).toBe("Pesanan #7 diterima — 2 penjual")
    expect(en.subject).toBe("Order #7 received — 2 sellers")
    expect(id.html).toContain("Rp 470.000")
    expect(id.text).toContain("#11")
    expect(id.text).toContain("#12")
    expect(en.html).toContain("Total paid")
    expect(id.text).toContain("Pesan ini dikirim otomatis oleh Belanjain.")
  })

  it("names each order status and the tracking number of a shipment", () => {
    const base = samples[NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER]
    const subject = (
      status: typeof base.status | "processing" | "delivered" | "cancelled",
      locale = "id"
    ) =>
      renderNotification(
        NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER,
        { ...base, status, tracking_numbers: ["JNE123"] },
        locale
      )
    expect(subject("processing").subject).toBe("Pesanan #11 sedang diproses")
    expect(subject("shipped").text).toContain("Nomor resi: JNE123")
    expect(subject("shipped", "en").text).toContain("Tracking number: JNE123")
    expect(subject("delivered", "en").subject).toBe("Order #11 was delivered")
    expect(subject("cancelled").subject).toBe("Pesanan #11 dibatalkan")
    expect(subject("processing").text).not.toContain("JNE123")
  })

  it("weekly report: dates, money, change and top products in both locales", () => {
    const data = samples[NotificationTemplates.WEEKLY_REPORT_SELLER]
    const id = renderNotification(
      NotificationTemplates.WEEKLY_REPORT_SELLER,
      data,
      "id"
    )
    const en = renderNotification(
      NotificationTemplates.WEEKLY_REPORT_SELLER,
      data,
      "en"
    )
    expect(id.subject).toContain("23 November 2026 – 29 November 2026")
    expect(en.subject).toContain("November 23, 2026 – November 29, 2026")
    expect(id.text).toContain("Rp 1.250.000")
    expect(id.text).toContain("+12,5%")
    expect(en.text).toContain("+12.5%")
    expect(id.text).toContain("Pesanan | 5 | —")
    expect(
      renderNotification(
        NotificationTemplates.WEEKLY_REPORT_SELLER,
        { ...data, top_products: [] },
        "id"
      ).text
    ).toContain("Belum ada penjualan minggu ini.")
  })

  it("resolves the locale from the first usable candidate, else Indonesian", () => {
    expect(resolveLocale(undefined, "en-US")).toBe("en")
    expect(resolveLocale("fr", "id-ID")).toBe("id")
    expect(resolveLocale("de")).toBe("id")
    expect(resolveLocale()).toBe("id")
  })

  it("refuses an unknown template", () => {
    expect(() => renderNotification("nope" as never, {} as never)).toThrow(
      /Unknown notification template "nope"/
    )
  })
})
