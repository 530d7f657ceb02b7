import type { MessageDefinition } from "../blocks"
import { formatDate, formatMoney, formatNumber } from "../format"
import {
  type LowStockSellerData,
  type NotificationLocale,
  type NotificationTemplate,
  type NotificationTemplateData,
  NotificationTemplates,
  type OrderPlacedSellerData,
  type OrderPlacedShopperData,
  type SellerOrderStatusShopperData,
  type SellerStatusSellerData,
  type WeeklyReportSellerData,
} from "../types"

type L = NotificationLocale
const t = (locale: L, id: string, en: string) => (locale === "en" ? en : id)
const greet = (locale: L, name: string | null) =>
  name
    ? t(locale, `Halo ${name},`, `Hi ${name},`)
    : t(locale, "Halo,", "Hello,")

function orderPlacedShopper(
  l: L,
  d: OrderPlacedShopperData
): MessageDefinition {
  const money = (n: number) => formatMoney(n, d.currency_code, l)
  const number = d.group_display_id ? ` #${d.group_display_id}` : ""
  return {
    subject: t(
      l,
      `Pesanan${number} diterima — ${d.orders.length} penjual`,
      `Order${number} received — ${d.orders.length} seller${d.orders.length === 1 ? "" : "s"}`
    ),
    blocks: [
      { type: "p", text: greet(l, d.customer_name) },
      {
        type: "p",
        text: t(
          l,
          "Terima kasih telah berbelanja di Belanjain. Pesanan Anda dibagi per penjual; setiap penjual mengirim pesanannya sendiri.",
          "Thank you for shopping at Belanjain. Your order is split by seller; each seller ships its own order."
        ),
      },
      {
        type: "table",
        head: [
          t(l, "Penjual", "Seller"),
          t(l, "No. pesanan", "Order no."),
          t(l, "Barang", "Items"),
          t(l, "Total", "Total"),
        ],
        rows: d.orders.map((o) => [
          o.seller_name,
          `#${o.display_id}`,
          formatNumber(o.item_count, l),
          money(o.total),
        ]),
        foot: [t(l, "Total pembayaran", "Total paid"), "", "", money(d.total)],
      },
    ],
  }
}

function orderPlacedSeller(l: L, d: OrderPlacedSellerData): MessageDefinition {
  const money = (n: number) => formatMoney(n, d.currency_code, l)
  return {
    subject: t(
      l,
      `Pesanan baru #${d.display_id} untuk ${d.seller_name}`,
      `New order #${d.display_id} for ${d.seller_name}`
    ),
    blocks: [
      { type: "p", text: greet(l, d.seller_name) },
      {
        type: "p",
        text: t(
          l,
          `Anda menerima pesanan baru #${d.display_id}${d.shipping_city ? ` (dikirim ke ${d.shipping_city})` : ""}. Terima pesanan di dasbor penjual lalu kirimkan.`,
          `You have a new order #${d.display_id}${d.shipping_city ? ` (shipping to ${d.shipping_city})` : ""}. Accept it in the seller dashboard, then ship it.`
        ),
      },
      {
        type: "table",
        head: [t(l, "Produk", "Product"), t(l, "Jumlah", "Qty"), "Total"],
        rows: d.items.map((i) => [
          i.title,
          formatNumber(i.quantity, l),
          money(i.total),
        ]),
        foot: [t(l, "Total pesanan", "Order total"), "", money(d.total)],
      },
    ],
  }
}

/** A seller order status change in words: the e-mail's subject and sentence, a push notification's title and body. */
export function sellerOrderStatusCopy(
  l: L,
  d: Pick<SellerOrderStatusShopperData, "status" | "display_id" | "seller_name">
): { subject: string; text: string } {
  const n = `#${d.display_id}`
  const s = d.seller_name
  const byStatus: Record<
    SellerOrderStatusShopperData["status"],
    { subject: string; text: string }
  > = {
    processing: {
      subject: t(
        l,
        `Pesanan ${n} sedang diproses`,
        `Order ${n} is being processed`
      ),
      text: t(
        l,
        `${s} telah menerima pesanan ${n} Anda dan sedang menyiapkannya.`,
        `${s} accepted your order ${n} and is preparing it.`
      ),
    },
    shipped: {
      subject: t(l, `Pesanan ${n} telah dikirim`, `Order ${n} has shipped`),
      text: t(
        l,
        `${s} telah mengirim pesanan ${n} Anda.`,
        `${s} has shipped your order ${n}.`
      ),
    },
    delivered: {
      subject: t(l, `Pesanan ${n} telah diterima`, `Order ${n} was delivered`),
      text: t(
        l,
        `Pesanan ${n} dari ${s} telah sampai. Terima kasih telah berbelanja!`,
        `Your order ${n} from ${s} was delivered. Thank you for shopping!`
      ),
    },
    cancelled: {
      subject: t(l, `Pesanan ${n} dibatalkan`, `Order ${n} was cancelled`),
      text: t(
        l,
        `Pesanan ${n} dari ${s} dibatalkan. Bila sudah dibayar, dananya dikembalikan.`,
        `Your order ${n} from ${s} was cancelled. If it was paid, the money is refunded.`
      ),
    },
  }
  return byStatus[d.status]
}

function sellerOrderStatus(
  l: L,
  d: SellerOrderStatusShopperData
): MessageDefinition {
  const chosen = sellerOrderStatusCopy(l, d)
  return {
    subject: chosen.subject,
    blocks: [
      { type: "p", text: greet(l, d.customer_name) },
      { type: "p", text: chosen.text },
      ...(d.status === "shipped" && d.tracking_numbers.length
        ? [
            {
              type: "p" as const,
              text: t(
                l,
                `Nomor resi: ${d.tracking_numbers.join(", ")}`,
                `Tracking number: ${d.tracking_numbers.join(", ")}`
              ),
            },
          ]
        : []),
    ],
  }
}

function lowStock(l: L, d: LowStockSellerData): MessageDefinition {
  const name = [d.product_title, d.variant_title].filter(Boolean).join(" — ")
  const sku = d.sku ? ` (SKU ${d.sku})` : ""
  return {
    subject: t(l, `Stok menipis: ${name}`, `Low stock: ${name}`),
    blocks: [
      { type: "p", text: greet(l, d.seller_name) },
      {
        type: "p",
        text: t(
          l,
          `Stok tersedia ${name}${sku} tinggal ${formatNumber(d.available, l)} unit (di bawah ${d.threshold}). Tambah stok di menu Inventaris agar pesanan tetap bisa masuk.`,
          `Available stock of ${name}${sku} is down to ${formatNumber(d.available, l)} units (below ${d.threshold}). Restock in Inventory so orders keep coming in.`
        ),
      },
    ],
  }
}

function sellerStatus(l: L, d: SellerStatusSellerData): MessageDefinition {
  return d.status === "active"
    ? {
        subject: t(
          l,
          `Toko ${d.seller_name} telah disetujui`,
          `Your store ${d.seller_name} is approved`
        ),
        blocks: [
          { type: "p", text: greet(l, d.seller_name) },
          {
            type: "p",
            text: t(
              l,
              "Toko Anda aktif: produk Anda kini tampil di Belanjain dan pembeli bisa memesan.",
              "Your store is active: your products are now on Belanjain and shoppers can order them."
            ),
          },
        ],
      }
    : {
        subject: t(
          l,
          `Toko ${d.seller_name} ditangguhkan`,
          `Your store ${d.seller_name} is suspended`
        ),
        blocks: [
          { type: "p", text: greet(l, d.seller_name) },
          {
            type: "p",
            text: t(
              l,
              "Toko Anda ditangguhkan: produk Anda tidak tampil di Belanjain untuk sementara. Hubungi tim Belanjain untuk informasi lebih lanjut.",
              "Your store is suspended: your products are hidden from Belanjain for now. Contact the Belanjain team to learn more."
            ),
          },
        ],
      }
}

function weeklyReport(l: L, d: WeeklyReportSellerData): MessageDefinition {
  const money = (n: number) => formatMoney(n, d.currency_code, l)
  const pct = (p: number | null) =>
    p === null
      ? "—"
      : `${p > 0 ? "+" : ""}${new Intl.NumberFormat(l === "en" ? "en-US" : "id-ID", { maximumFractionDigits: 1 }).format(p)}%`
  const period = `${formatDate(d.week_start, l)} – ${formatDate(d.week_end, l)}`
  return {
    subject: t(
      l,
      `Laporan mingguan ${d.seller_name}: ${period}`,
      `Weekly report for ${d.seller_name}: ${period}`
    ),
    blocks: [
      { type: "p", text: greet(l, d.seller_name) },
      {
        type: "p",
        text: t(
          l,
          `Ringkasan penjualan ${period}.`,
          `Your sales for ${period}.`
        ),
      },
      {
        type: "table",
        head: [
          "",
          t(l, "Minggu ini", "This week"),
          t(l, "vs minggu lalu", "vs last week"),
        ],
        rows: [
          [
            t(l, "Pendapatan", "Revenue"),
            money(d.revenue),
            pct(d.change_vs_previous_week.revenue_percent),
          ],
          [
            t(l, "Pesanan", "Orders"),
            formatNumber(d.orders, l),
            pct(d.change_vs_previous_week.orders_percent),
          ],
          [
            t(l, "Rata-rata per pesanan", "Average order value"),
            money(d.average_order_value),
            "",
          ],
        ],
      },
      { type: "heading", text: t(l, "Produk terlaris", "Top products") },
      d.top_products.length
        ? {
            type: "table",
            head: [
              t(l, "Produk", "Product"),
              t(l, "Terjual", "Units"),
              t(l, "Pendapatan", "Revenue"),
            ],
            rows: d.top_products.map((p) => [
              p.title,
              formatNumber(p.units, l),
              money(p.revenue),
            ]),
          }
        : {
            type: "p",
            text: t(
              l,
              "Belum ada penjualan minggu ini.",
              "No sales this week."
            ),
          },
    ],
  }
}

export const TEMPLATES: {
  [K in NotificationTemplate]: (
    locale: L,
    data: NotificationTemplateData[K]
  ) => MessageDefinition
} = {
  [NotificationTemplates.ORDER_PLACED_SHOPPER]: orderPlacedShopper,
  [NotificationTemplates.ORDER_PLACED_SELLER]: orderPlacedSeller,
  [NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER]: sellerOrderStatus,
  [NotificationTemplates.LOW_STOCK_SELLER]: lowStock,
  [NotificationTemplates.SELLER_STATUS_SELLER]: sellerStatus,
  [NotificationTemplates.WEEKLY_REPORT_SELLER]: weeklyReport,
}
