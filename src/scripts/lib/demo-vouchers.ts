import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MarketplaceModules } from "@belanjain/marketplace/types"

/** The demo router: `npm run dev` runs a fake RouterOS (REST) here. */
export const DEMO_ROUTER = {
  name: "Demo router (fake RouterOS)",
  host: "127.0.0.1",
  port: Number(process.env.DEMO_ROUTER_PORT || 18728),
  username: "admin",
  password_env: "DEMO_ROUTER_PASSWORD",
}

/** Sold by the demo seller with the coffee shop. */
const VOUCHER_SELLER = "toko-buku-pelita"

const PACKAGES = [
  {
    handle: "voucher-wifi-5k",
    name: "Voucher WiFi 5K (1 hari)",
    idr: 5_000,
    usd: 1,
    validity_hours: 24,
    uptime_limit: "1d",
    profile: "harian",
    data_limit_mb: 2_048,
  },
  {
    handle: "voucher-wifi-10k",
    name: "Voucher WiFi 10K (3 hari)",
    idr: 10_000,
    usd: 1,
    validity_hours: 72,
    uptime_limit: "3d",
    profile: "tiga-hari",
    data_limit_mb: 5_120,
  },
  {
    handle: "voucher-wifi-50k",
    name: "Voucher WiFi 50K (30 hari)",
    idr: 50_000,
    usd: 4,
    validity_hours: 720,
    uptime_limit: null,
    profile: "bulanan",
    data_limit_mb: null,
  },
] as const

type Row = Record<string, unknown>
type VouchersService = {
  listVoucherRouters(f: Row): Promise<{ id: string }[]>
  createVoucherRouters(d: Row): Promise<{ id: string }>
  listVoucherPackages(f: Row): Promise<{ id: string; variant_id: string }[]>
  createVoucherPackages(d: Row[]): Promise<unknown>
}

/**
 * Hotspot voucher demo data, idempotent (each part only when missing): one
 * router pointing at the fake RouterOS of `npm run dev` (password read from
 * DEMO_ROUTER_PASSWORD), and three packages sold as products of the demo
 * coffee shop. Skipped when the vouchers plugin is not loaded.
 */
export async function ensureVoucherDemo(
  container: MedusaContainer,
  salesChannelId: string
): Promise<void> {
  if (!container.hasRegistration("vouchers")) return
  const vouchers = container.resolve<VouchersService>("vouchers")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const [existingRouter] = await vouchers.listVoucherRouters({
    name: DEMO_ROUTER.name,
  })
  const router =
    existingRouter ??
    (await vouchers.createVoucherRouters({ ...DEMO_ROUTER, api_kind: "rest" }))

  const productModule = container.resolve(Modules.PRODUCT)
  const handles = PACKAGES.map((p) => p.handle)
  const present = new Set(
    (
      await productModule.listProducts(
        { handle: handles },
        { select: ["handle"] }
      )
    ).map((p) => p.handle)
  )
  const missing = PACKAGES.filter((p) => !present.has(p.handle))
  if (missing.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) => ({
          title: p.name,
          handle: p.handle,
          description: `Voucher hotspot WiFi, dikirim lewat WhatsApp setelah pembayaran. Berlaku ${p.validity_hours / 24} hari.`,
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Paket", values: [p.name] }],
          variants: [
            {
              title: p.name,
              sku: p.handle.toUpperCase(),
              options: { Paket: p.name },
              // Digital: no stock to keep, no shipping profile (nothing to ship).
              manage_inventory: false,
              prices: [
                { currency_code: "idr", amount: p.idr },
                { currency_code: "usd", amount: p.usd },
              ],
            },
          ],
        })),
      },
    })
    const { data: sellers } = await query.graph({
      entity: "seller",
      fields: ["id"],
      filters: { handle: VOUCHER_SELLER },
    })
    const sellerId = (sellers[0] as { id: string } | undefined)?.id
    if (sellerId) {
      await link.create(
        result.map((product) => ({
          [MarketplaceModules.SELLER]: { seller_id: sellerId },
          [Modules.PRODUCT]: { product_id: product.id },
        }))
      )
    }
  }

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.handle"],
    filters: { sku: handles.map((h) => h.toUpperCase()) },
  })
  const packaged = new Set(
    (await vouchers.listVoucherPackages({})).map((p) => p.variant_id)
  )
  const toCreate = PACKAGES.flatMap((p) => {
    const variant = (
      variants as { id: string; product?: { handle?: string } }[]
    ).find((v) => v.product?.handle === p.handle)
    if (!variant || packaged.has(variant.id)) return []
    return [
      {
        name: p.name,
        variant_id: variant.id,
        router_id: router.id,
        hotspot_profile: p.profile,
        uptime_limit: p.uptime_limit,
        validity_hours: p.validity_hours,
        data_limit_mb: p.data_limit_mb,
      },
    ]
  })
  if (toCreate.length) await vouchers.createVoucherPackages(toCreate)
}
