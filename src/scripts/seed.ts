/**
 * Belanjain demo data. Run with `npm run seed`
 * (`npx medusa exec ./src/scripts/seed.ts`).
 *
 * Modelled on Medusa's starter seed, with Indonesian data: an IDR store, the
 * "Indonesia" and "International" regions, the "Gudang Jakarta" warehouse with
 * Reguler/Express shipping, six categories, published products with low-stock
 * variants and a publishable key for the storefront.
 *
 * Marketplace: three ACTIVE sellers (a fashion store, a sneakers store and a
 * bookshop), each with its own owner account (log in at
 * POST /auth/seller/emailpass with `<email>` / "belanjain123"), its own stock
 * location (linked to the sales channel and the fulfillment providers), its
 * own shipping (shipping profile, fulfillment set and Indonesia service zone,
 * by the marketplace's `marketplace-ensure-seller-shipping` workflow) with a
 * flat "Reguler" and a weight-based "Express" option (created the way
 * `POST /vendor/shipping-options` creates them), and its own products, which
 * use the seller's shipping profile and whose stock is kept at that location.
 * Every product belongs to exactly one seller, by category (see SELLERS). One
 * PENDING seller has a product that is not in the storefront's sales channel,
 * so shoppers do not see it (it gets shipping too, but no options).
 *
 * Idempotent. The publishable key "Belanjain Storefront" is created last and
 * marks a finished run: when it exists (and is linked to the sales channel) the
 * script only prints the key. Every section before it looks up what exists
 * (by name, handle, country or SKU) and creates only what is missing, so a run
 * that stopped half-way is completed by the next one.
 *
 * Amounts are in the currency's main unit (IDR has no cents, USD takes
 * decimals), exactly as Medusa stores them.
 */
import type {
  ExecArgs,
  FulfillmentSetDTO,
  IFulfillmentModuleService,
  Logger,
  MedusaContainer,
  ProductCategoryDTO,
  RegionDTO,
  SalesChannelDTO,
  ServiceZoneDTO,
  ShippingProfileDTO,
  StockLocationDTO,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  updateRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SellerModuleService } from "@belanjain/marketplace/modules/seller"
import { MarketplaceModules } from "@belanjain/marketplace/types"
import { ensureVoucherDemo } from "./lib/demo-vouchers"
import { ensureDemoPages } from "./lib/demo-pages"
import {
  createSellerShippingOptionWorkflow,
  createSellerWorkflow,
  ensureSellerShippingWorkflow,
  type SellerShippingOptionInput,
} from "@belanjain/marketplace/workflows"

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

const STORE_NAME = "Belanjain"
const SALES_CHANNEL_NAME = "Belanjain Storefront"
const PUBLISHABLE_KEY_TITLE = "Belanjain Storefront"

const STORE_CURRENCIES = [
  { currency_code: "idr", is_default: true },
  { currency_code: "usd" },
]

/** Medusa's system provider (manual capture): every region offers it, for the demo. */
const PAYMENT_PROVIDER_ID = "pp_system_default"
/**
 * Online providers per region, offered when medusa-config enabled them
 * (MIDTRANS_SERVER_KEY; STRIPE_API_KEY + STRIPE_WEBHOOK_SECRET).
 */
const ONLINE_PAYMENT_PROVIDERS: Record<string, string> = {
  idr: "pp_midtrans_midtrans",
  usd: "pp_stripe_stripe",
}
const TAX_PROVIDER_ID = "tp_system"
const FULFILLMENT_PROVIDER_ID = "manual_manual"

type DemoRegion = { name: string; currency_code: string; countries: string[] }

const INDONESIA = "Indonesia"
const REGIONS: DemoRegion[] = [
  { name: INDONESIA, currency_code: "idr", countries: ["id"] },
  {
    name: "International",
    currency_code: "usd",
    countries: ["sg", "my", "us"],
  },
]

const STOCK_LOCATION = {
  name: "Gudang Jakarta",
  address: {
    address_1: "Jl. Gatot Subroto Kav. 52",
    city: "Jakarta Selatan",
    province: "DKI Jakarta",
    postal_code: "12950",
    country_code: "ID",
  },
}

const FULFILLMENT_SET_NAME = "Gudang Jakarta - Pengiriman"

type DemoShippingOption = {
  name: string
  code: string
  description: string
  /** Flat prices in main units per currency. */
  prices: { idr: number; usd: number }
}

type DemoServiceZone = {
  name: string
  countries: string[]
  options: DemoShippingOption[]
}

/**
 * Indonesia is the zone the brief is about; the International zone makes the
 * USD region able to check out too.
 */
const SERVICE_ZONES: DemoServiceZone[] = [
  {
    name: "Indonesia",
    countries: ["id"],
    options: [
      {
        name: "Reguler",
        code: "reguler",
        description: "Tiba dalam 2-4 hari kerja.",
        prices: { idr: 15000, usd: 1 },
      },
      {
        name: "Express",
        code: "express",
        description: "Tiba dalam 1 hari kerja.",
        prices: { idr: 30000, usd: 2 },
      },
    ],
  },
  {
    name: "International",
    countries: ["sg", "my", "us"],
    options: [
      {
        name: "Reguler",
        code: "reguler",
        description: "Delivered in 7-14 days.",
        prices: { idr: 160000, usd: 10 },
      },
      {
        name: "Express",
        code: "express",
        description: "Delivered in 3-5 days.",
        prices: { idr: 400000, usd: 25 },
      },
    ],
  },
]

const CATEGORIES = [
  { name: "Elektronik", handle: "elektronik" },
  { name: "Fashion", handle: "fashion" },
  { name: "Makanan", handle: "makanan" },
  { name: "Olahraga", handle: "olahraga" },
  { name: "Buku", handle: "buku" },
  { name: "Kesehatan", handle: "kesehatan" },
] as const

type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

type DemoVariant = {
  /** Value of the product's single option; also the variant title. */
  value: string
  sku: string
  idr: number
  usd: number
  /** Stocked quantity at the seller's stock location. */
  stock: number
}

type DemoProduct = {
  /** The seller's handle; by default the seller whose categories include `category`. */
  seller?: string
  /** Not in the storefront's sales channel (the pending seller's product). */
  hidden?: boolean
  title: string
  handle: string
  category: CategoryHandle
  description: string
  /** Grams. */
  weight: number
  option: string
  variants: DemoVariant[]
}

/** Several variants are deliberately low on stock (< 10); two are sold out. */
const PRODUCTS: DemoProduct[] = [
  {
    title: "Earbuds Nirkabel",
    handle: "earbuds-nirkabel",
    category: "elektronik",
    description:
      "Earbuds Bluetooth 5.3 dengan peredam bising, baterai tahan 24 jam bersama kotak pengisi daya.",
    weight: 150,
    option: "Warna",
    variants: [
      {
        value: "Hitam",
        sku: "EARBUDS-HITAM",
        idr: 249000,
        usd: 15.99,
        stock: 45,
      },
      {
        value: "Putih",
        sku: "EARBUDS-PUTIH",
        idr: 249000,
        usd: 15.99,
        stock: 5,
      },
    ],
  },
  {
    title: "Power Bank 10000mAh",
    handle: "power-bank-10000mah",
    category: "elektronik",
    description:
      "Power bank ringkas dengan pengisian cepat 20W, dua port USB-A dan satu USB-C.",
    weight: 220,
    option: "Warna",
    variants: [
      {
        value: "Hitam",
        sku: "POWERBANK-HITAM",
        idr: 189000,
        usd: 11.99,
        stock: 60,
      },
      {
        value: "Biru",
        sku: "POWERBANK-BIRU",
        idr: 189000,
        usd: 11.99,
        stock: 0,
      },
    ],
  },
  {
    title: "Speaker Bluetooth Mini",
    handle: "speaker-bluetooth-mini",
    category: "elektronik",
    description:
      "Speaker portabel tahan percikan air dengan suara bass yang mantap.",
    weight: 350,
    option: "Warna",
    variants: [
      {
        value: "Merah",
        sku: "SPEAKER-MERAH",
        idr: 299000,
        usd: 18.99,
        stock: 30,
      },
      {
        value: "Abu-abu",
        sku: "SPEAKER-ABU",
        idr: 299000,
        usd: 18.99,
        stock: 22,
      },
    ],
  },
  {
    title: "Batik Tulis Pria",
    handle: "batik-tulis-pria",
    category: "fashion",
    description:
      "Kemeja batik tulis motif parang dari Pekalongan, katun primisima, lengan panjang.",
    weight: 300,
    option: "Ukuran",
    variants: [
      { value: "M", sku: "BATIK-PRIA-M", idr: 450000, usd: 27.99, stock: 12 },
      { value: "L", sku: "BATIK-PRIA-L", idr: 450000, usd: 27.99, stock: 7 },
      { value: "XL", sku: "BATIK-PRIA-XL", idr: 475000, usd: 29.49, stock: 3 },
    ],
  },
  {
    title: "Kaos Polos Katun Combed",
    handle: "kaos-polos-katun-combed",
    category: "fashion",
    description:
      "Kaos polos katun combed 30s yang adem dan nyaman dipakai sehari-hari.",
    weight: 180,
    option: "Ukuran",
    variants: [
      { value: "S", sku: "KAOS-S", idr: 79000, usd: 4.99, stock: 120 },
      { value: "M", sku: "KAOS-M", idr: 79000, usd: 4.99, stock: 150 },
      { value: "L", sku: "KAOS-L", idr: 79000, usd: 4.99, stock: 90 },
    ],
  },
  {
    title: "Sarung Tenun Samarinda",
    handle: "sarung-tenun-samarinda",
    category: "fashion",
    description:
      "Sarung tenun tangan khas Samarinda dengan motif kotak klasik.",
    weight: 400,
    option: "Warna",
    variants: [
      {
        value: "Merah Marun",
        sku: "SARUNG-MARUN",
        idr: 185000,
        usd: 11.49,
        stock: 30,
      },
      {
        value: "Hijau",
        sku: "SARUNG-HIJAU",
        idr: 185000,
        usd: 11.49,
        stock: 25,
      },
    ],
  },
  {
    title: "Cardigan Rajut Wanita",
    handle: "cardigan-rajut-wanita",
    category: "fashion",
    description:
      "Cardigan rajut lembut berkancing depan, hangat untuk ruangan ber-AC dan perjalanan malam.",
    weight: 350,
    option: "Warna",
    variants: [
      {
        value: "Krem",
        sku: "CARDIGAN-KREM",
        idr: 159000,
        usd: 9.99,
        stock: 25,
      },
      {
        value: "Hitam",
        sku: "CARDIGAN-HITAM",
        idr: 159000,
        usd: 9.99,
        stock: 8,
      },
    ],
  },
  {
    title: "Kopi Gayo Arabika 250g",
    handle: "kopi-gayo-arabika-250g",
    category: "makanan",
    description:
      "Kopi arabika dari dataran tinggi Gayo, Aceh. Sangrai medium dengan aroma rempah dan cokelat.",
    weight: 250,
    option: "Gilingan",
    variants: [
      {
        value: "Biji Utuh",
        sku: "KOPI-GAYO-BIJI",
        idr: 85000,
        usd: 5.49,
        stock: 80,
      },
      {
        value: "Bubuk",
        sku: "KOPI-GAYO-BUBUK",
        idr: 85000,
        usd: 5.49,
        stock: 9,
      },
    ],
  },
  {
    title: "Sambal Roa Manado",
    handle: "sambal-roa-manado",
    category: "makanan",
    description:
      "Sambal ikan roa asap khas Manado, pedas gurih, tanpa pengawet.",
    weight: 200,
    option: "Berat",
    variants: [
      {
        value: "150g",
        sku: "SAMBAL-ROA-150",
        idr: 45000,
        usd: 2.99,
        stock: 100,
      },
      { value: "250g", sku: "SAMBAL-ROA-250", idr: 70000, usd: 4.49, stock: 8 },
    ],
  },
  {
    title: "Sepatu Lari",
    handle: "sepatu-lari",
    category: "olahraga",
    description:
      "Sepatu lari ringan dengan sol empuk dan bagian atas mesh yang bernapas.",
    weight: 700,
    option: "Ukuran",
    variants: [
      {
        value: "40",
        sku: "SEPATU-LARI-40",
        idr: 525000,
        usd: 32.99,
        stock: 15,
      },
      { value: "41", sku: "SEPATU-LARI-41", idr: 525000, usd: 32.99, stock: 6 },
      {
        value: "42",
        sku: "SEPATU-LARI-42",
        idr: 525000,
        usd: 32.99,
        stock: 20,
      },
      { value: "43", sku: "SEPATU-LARI-43", idr: 525000, usd: 32.99, stock: 0 },
    ],
  },
  {
    title: "Matras Yoga 6mm",
    handle: "matras-yoga-6mm",
    category: "olahraga",
    description: "Matras yoga TPE 6mm anti selip, lengkap dengan tali pembawa.",
    weight: 900,
    option: "Warna",
    variants: [
      {
        value: "Ungu",
        sku: "MATRAS-YOGA-UNGU",
        idr: 159000,
        usd: 9.99,
        stock: 40,
      },
      {
        value: "Hijau Toska",
        sku: "MATRAS-YOGA-TOSKA",
        idr: 159000,
        usd: 9.99,
        stock: 35,
      },
    ],
  },
  {
    title: "Raket Bulu Tangkis",
    handle: "raket-bulu-tangkis",
    category: "olahraga",
    description: "Raket bulu tangkis full carbon, sudah dipasang senar 26 lbs.",
    weight: 250,
    option: "Berat",
    variants: [
      { value: "3U", sku: "RAKET-3U", idr: 385000, usd: 23.99, stock: 25 },
      { value: "4U", sku: "RAKET-4U", idr: 385000, usd: 23.99, stock: 18 },
    ],
  },
  {
    title: "Buku Resep Nusantara",
    handle: "buku-resep-nusantara",
    category: "buku",
    description:
      "Seratus resep masakan rumahan dari Sabang sampai Merauke, lengkap dengan foto.",
    weight: 600,
    option: "Sampul",
    variants: [
      {
        value: "Softcover",
        sku: "BUKU-RESEP-SOFT",
        idr: 120000,
        usd: 7.49,
        stock: 50,
      },
      {
        value: "Hardcover",
        sku: "BUKU-RESEP-HARD",
        idr: 175000,
        usd: 10.99,
        stock: 5,
      },
    ],
  },
  {
    title: "Atlas Indonesia untuk Anak",
    handle: "atlas-indonesia-untuk-anak",
    category: "buku",
    description: "Atlas bergambar 34 provinsi untuk anak usia 6-12 tahun.",
    weight: 500,
    option: "Sampul",
    variants: [
      {
        value: "Softcover",
        sku: "ATLAS-ANAK-SOFT",
        idr: 95000,
        usd: 5.99,
        stock: 70,
      },
      {
        value: "Hardcover",
        sku: "ATLAS-ANAK-HARD",
        idr: 145000,
        usd: 8.99,
        stock: 20,
      },
    ],
  },
  {
    title: "Kamus Bahasa Indonesia - Inggris",
    handle: "kamus-bahasa-indonesia-inggris",
    category: "buku",
    description:
      "Kamus dua arah dengan lebih dari 50.000 lema, contoh kalimat dan panduan pelafalan.",
    weight: 800,
    option: "Sampul",
    variants: [
      {
        value: "Softcover",
        sku: "KAMUS-SOFT",
        idr: 110000,
        usd: 6.99,
        stock: 40,
      },
      {
        value: "Hardcover",
        sku: "KAMUS-HARD",
        idr: 165000,
        usd: 9.99,
        stock: 6,
      },
    ],
  },
  {
    seller: "toko-baru-sejahtera",
    hidden: true,
    title: "Kabel Data USB-C 1 m",
    handle: "kabel-data-usb-c-1m",
    category: "elektronik",
    description:
      "Kabel data USB-C ke USB-C berlapis nilon, mendukung pengisian cepat 60W.",
    weight: 60,
    option: "Warna",
    variants: [
      {
        value: "Hitam",
        sku: "KABEL-USBC-HITAM",
        idr: 39000,
        usd: 2.49,
        stock: 100,
      },
    ],
  },
  {
    title: "Masker Medis 50 pcs",
    handle: "masker-medis-50-pcs",
    category: "kesehatan",
    description: "Masker medis 3 lapis, satu kotak isi 50 pcs.",
    weight: 200,
    option: "Warna",
    variants: [
      {
        value: "Hijau",
        sku: "MASKER-50-HIJAU",
        idr: 35000,
        usd: 2.29,
        stock: 200,
      },
      {
        value: "Biru",
        sku: "MASKER-50-BIRU",
        idr: 35000,
        usd: 2.29,
        stock: 150,
      },
      {
        value: "Hitam",
        sku: "MASKER-50-HITAM",
        idr: 38000,
        usd: 2.49,
        stock: 4,
      },
    ],
  },
  {
    title: "Minyak Kayu Putih",
    handle: "minyak-kayu-putih",
    category: "kesehatan",
    description:
      "Minyak kayu putih murni untuk menghangatkan badan dan meredakan perut kembung.",
    weight: 120,
    option: "Ukuran",
    variants: [
      {
        value: "60 ml",
        sku: "KAYU-PUTIH-60",
        idr: 28000,
        usd: 1.79,
        stock: 180,
      },
      {
        value: "120 ml",
        sku: "KAYU-PUTIH-120",
        idr: 52000,
        usd: 3.29,
        stock: 140,
      },
    ],
  },
]

/**
 * Every active demo seller's shipping options (amounts in rupiah): a flat
 * rate and a weight-based one (base + per kg × ceil(kg), by the plugin's
 * simulated rate provider).
 */
const SELLER_SHIPPING_OPTIONS: SellerShippingOptionInput[] = [
  { name: "Reguler", rate_type: "flat", amount: 15000, currency_code: "idr" },
  {
    name: "Express",
    rate_type: "weight",
    base_amount: 12000,
    per_kg_amount: 8000,
    currency_code: "idr",
  },
]

/** A demo seller's stock location and shipping profile. */
type SellerShippingSetup = {
  seller_id: string
  stock_location_id: string
  shipping_profile_id: string
}

/** Password of every demo seller's owner account. */
const SELLER_PASSWORD = "belanjain123"

type DemoSeller = {
  name: string
  handle: string
  /** The owner's login e-mail, also the store's contact e-mail. */
  email: string
  owner: string
  phone: string
  description: string
  address_1: string
  city: string
  province: string
  postal_code: string
  status: "active" | "pending"
  /** Categories whose demo products this seller sells. */
  categories: CategoryHandle[]
}

const SELLERS: DemoSeller[] = [
  {
    name: "Butik Nusantara",
    handle: "butik-nusantara",
    email: "fashion@belanjain.test",
    owner: "Sari Wulandari",
    phone: "+622855550102",
    description: "Batik tulis, kaos dan sarung tenun, plus kebutuhan harian.",
    address_1: "Jl. Hayam Wuruk No. 12",
    city: "Pekalongan",
    province: "Jawa Tengah",
    postal_code: "51111",
    status: "active",
    categories: ["fashion", "kesehatan"],
  },
  {
    name: "Gerai Sneakers",
    handle: "gerai-sneakers",
    email: "sneakers@belanjain.test",
    owner: "Dimas Pratama",
    phone: "+62225550103",
    description: "Sepatu lari, perlengkapan olahraga dan gadget untuk latihan.",
    address_1: "Jl. Riau No. 88",
    city: "Bandung",
    province: "Jawa Barat",
    postal_code: "40115",
    status: "active",
    categories: ["olahraga", "elektronik"],
  },
  {
    name: "Toko Buku Pelita",
    handle: "toko-buku-pelita",
    email: "buku@belanjain.test",
    owner: "Ayu Lestari",
    phone: "+622745550104",
    description: "Toko buku dan kedai kopi: buku anak, resep, kamus dan kopi.",
    address_1: "Jl. Kaliurang Km 5 No. 7",
    city: "Yogyakarta",
    province: "DI Yogyakarta",
    postal_code: "55281",
    status: "active",
    categories: ["buku", "makanan"],
  },
  {
    name: "Toko Baru Sejahtera",
    handle: "toko-baru-sejahtera",
    email: "pending@belanjain.test",
    owner: "Budi Santoso",
    phone: "+62315550105",
    description: "Aksesori gawai. Menunggu persetujuan operator.",
    address_1: "Jl. Tunjungan No. 3",
    city: "Surabaya",
    province: "Jawa Timur",
    postal_code: "60275",
    status: "pending",
    categories: [],
  },
]

/** The handle of the seller that sells `product`. */
function sellerHandleOf(product: DemoProduct): string {
  const handle =
    product.seller ??
    SELLERS.find((seller) => seller.categories.includes(product.category))
      ?.handle
  if (!handle) throw new Error(`No demo seller sells ${product.handle}`)
  return handle
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const existingKey = await findSeededPublishableKey(container)
  if (existingKey) {
    // Parts added after a database was first seeded (idempotent).
    await ensureVoucherDemo(container, (await ensureSalesChannel(container)).id)
    await ensureDemoPages(container)
    logger.info("Demo data already present")
    logger.info(`Publishable API key: ${existingKey}`)
    logSellerLogins(logger)
    return
  }

  logger.info("Seeding Belanjain demo data...")
  const salesChannel = await ensureSalesChannel(container)
  const regions = await ensureRegions(container)
  await ensureTaxRegions(container)
  const location = await ensureStockLocation(container, salesChannel)
  await updateStore(container, {
    salesChannel,
    region: regions.get(INDONESIA)!,
    location,
  })
  const shippingProfile = await ensureShippingProfile(container)
  await ensureShipping(
    container,
    location,
    shippingProfile,
    FULFILLMENT_SET_NAME
  )
  const categories = await ensureCategories(container)
  const sellerShipping = await ensureSellers(container, logger)
  await ensureSellerShippingOptions(container, sellerShipping)
  await ensureProducts(container, { categories, salesChannel, sellerShipping })
  await ensureProductSellers(container)
  await ensureInventoryLevels(container, sellerShipping)
  await ensureVoucherDemo(container, salesChannel.id)
  await ensureDemoPages(container)
  const token = await ensurePublishableKey(container, salesChannel)

  logger.info("Finished seeding Belanjain demo data.")
  logger.info(`Publishable API key: ${token}`)
  logSellerLogins(logger)
}

/** Where a developer logs in as each demo seller (POST /auth/seller/emailpass). */
function logSellerLogins(logger: Logger): void {
  for (const seller of SELLERS) {
    logger.info(
      `Seller login (${seller.status}): ${seller.email} / ${SELLER_PASSWORD} — ${seller.name}`
    )
  }
}

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

type ApiKeyRow = {
  id: string
  token: string
  revoked_at: Date | string | null
  sales_channels?: ({ id: string; name: string } | null)[] | null
}

async function listSeededKeys(
  container: MedusaContainer
): Promise<ApiKeyRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: [
      "id",
      "token",
      "revoked_at",
      "sales_channels.id",
      "sales_channels.name",
    ],
    filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  return (data as ApiKeyRow[]).filter((key) => !key.revoked_at)
}

/** The token of a finished earlier run, or undefined. */
async function findSeededPublishableKey(
  container: MedusaContainer
): Promise<string | undefined> {
  const keys = await listSeededKeys(container)
  const finished = keys.find((key) =>
    (key.sales_channels ?? []).some(
      (channel) => channel?.name === SALES_CHANNEL_NAME
    )
  )
  return finished?.token
}

async function ensureSalesChannel(
  container: MedusaContainer
): Promise<SalesChannelDTO> {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannelModule.listSalesChannels({
    name: SALES_CHANNEL_NAME,
  })
  if (existing) {
    return existing
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        {
          name: SALES_CHANNEL_NAME,
          description: "Toko online Belanjain (storefront Next.js)",
        },
      ],
    },
  })
  return result[0]
}

/**
 * Regions by name; only missing ones are created. Each region offers the
 * system provider plus its online provider when that one is enabled; a
 * re-run after enabling Midtrans or Stripe adds it to existing regions.
 */
async function ensureRegions(
  container: MedusaContainer
): Promise<Map<string, RegionDTO>> {
  const regionModule = container.resolve(Modules.REGION)
  const paymentModule = container.resolve(Modules.PAYMENT)
  const enabled = new Set(
    (
      await paymentModule.listPaymentProviders({
        id: [PAYMENT_PROVIDER_ID, ...Object.values(ONLINE_PAYMENT_PROVIDERS)],
        is_enabled: true,
      })
    ).map((provider) => provider.id)
  )
  const providersOf = (currency: string) =>
    [PAYMENT_PROVIDER_ID, ONLINE_PAYMENT_PROVIDERS[currency]].filter(
      (id): id is string => !!id && enabled.has(id)
    )

  const existing = await regionModule.listRegions(
    { name: { $in: REGIONS.map((region) => region.name) } },
    { relations: ["payment_providers"] }
  )
  const byName = new Map<string, RegionDTO>(
    existing.map((region) => [region.name, region])
  )

  const missing = REGIONS.filter((region) => !byName.has(region.name))
  if (missing.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((region) => ({
          ...region,
          payment_providers: providersOf(region.currency_code),
        })),
      },
    })
    result.forEach((region) => byName.set(region.name, region))
  }

  for (const region of existing) {
    const offered = new Set(
      (
        (region as RegionDTO & { payment_providers?: { id: string }[] })
          .payment_providers ?? []
      ).map((provider) => provider.id)
    )
    const wanted = providersOf(region.currency_code)
    if (wanted.some((id) => !offered.has(id))) {
      await updateRegionsWorkflow(container).run({
        input: {
          selector: { id: region.id },
          update: { payment_providers: [...new Set([...offered, ...wanted])] },
        },
      })
    }
  }
  return byName
}

/** One tax region per country; no rates are set (prices are shown as entered). */
async function ensureTaxRegions(container: MedusaContainer): Promise<void> {
  const taxModule = container.resolve(Modules.TAX)
  const countries = REGIONS.flatMap((region) => region.countries)
  const existing = await taxModule.listTaxRegions({ country_code: countries })
  // Country-level regions only: province tax regions carry a parent_id.
  const present = new Set(
    existing
      .filter((taxRegion) => !taxRegion.parent_id)
      .map((taxRegion) => taxRegion.country_code)
  )

  const missing = countries.filter((country) => !present.has(country))
  if (missing.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((country_code) => ({
        country_code,
        provider_id: TAX_PROVIDER_ID,
      })),
    })
  }
}

type StockLocationRow = {
  id: string
  sales_channels?: ({ id: string } | null)[] | null
  fulfillment_providers?: ({ id: string } | null)[] | null
}

/**
 * "Gudang Jakarta", linked to the sales channel and to the manual
 * fulfillment provider.
 */
async function ensureStockLocation(
  container: MedusaContainer,
  salesChannel: SalesChannelDTO
): Promise<StockLocationDTO> {
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  let [location] = await stockLocationModule.listStockLocations({
    name: STOCK_LOCATION.name,
  })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [STOCK_LOCATION] },
    })
    location = result[0]
  }

  const {
    data: [row],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { id: location.id },
  })
  const linked = row as StockLocationRow

  if (
    !(linked.sales_channels ?? []).some(
      (channel) => channel?.id === salesChannel.id
    )
  ) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
  }

  if (
    !(linked.fulfillment_providers ?? []).some(
      (provider) => provider?.id === FULFILLMENT_PROVIDER_ID
    )
  ) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: {
        fulfillment_provider_id: FULFILLMENT_PROVIDER_ID,
      },
    })
  }

  return location
}

async function updateStore(
  container: MedusaContainer,
  defaults: {
    salesChannel: SalesChannelDTO
    region: RegionDTO
    location: StockLocationDTO
  }
): Promise<void> {
  const storeModule = container.resolve(Modules.STORE)
  // Medusa's loader creates the store (createDefaultsWorkflow) before a run.
  const [store] = await storeModule.listStores()
  if (!store) {
    throw new Error(
      "No store found: Medusa should have created the default store"
    )
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: STORE_CURRENCIES,
        default_sales_channel_id: defaults.salesChannel.id,
        default_region_id: defaults.region.id,
        default_location_id: defaults.location.id,
      },
    },
  })
}

/**
 * Medusa's migrations already create a "Default Shipping Profile" of type
 * `default`; reuse it rather than adding a second default profile, and create
 * one named "Default" only on a database without it.
 */
async function ensureShippingProfile(
  container: MedusaContainer
): Promise<ShippingProfileDTO> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillmentModule.listShippingProfiles({
    type: "default",
  })
  if (existing) {
    return existing
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  return result[0]
}

/**
 * The location's fulfillment set, a service zone per entry in SERVICE_ZONES
 * and its flat-rate shipping options (looked up by zone and name).
 */
async function ensureShipping(
  container: MedusaContainer,
  location: { id: string },
  shippingProfile: ShippingProfileDTO,
  fulfillmentSetName: string
): Promise<void> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const fulfillmentSet = await ensureFulfillmentSet(
    container,
    fulfillmentModule,
    location,
    fulfillmentSetName
  )

  for (const zone of SERVICE_ZONES) {
    const serviceZone = await ensureServiceZone(container, fulfillmentSet, zone)

    const existing = await fulfillmentModule.listShippingOptions({
      service_zone: { id: serviceZone.id },
      name: zone.options.map((option) => option.name),
    })
    const present = new Set(existing.map((option) => option.name))
    const missing = zone.options.filter((option) => !present.has(option.name))
    if (!missing.length) {
      continue
    }

    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: FULFILLMENT_PROVIDER_ID,
        service_zone_id: serviceZone.id,
        shipping_profile_id: shippingProfile.id,
        type: {
          label: option.name,
          description: option.description,
          code: option.code,
        },
        prices: [
          { currency_code: "idr", amount: option.prices.idr },
          { currency_code: "usd", amount: option.prices.usd },
        ],
        // Plain "true", as the 2.21 admin writes it. The starter seed's
        // '"true"' hides the option from /store/shipping-options (the rule
        // value is compared as a string).
        rules: [
          {
            attribute: "enabled_in_store",
            value: "true",
            operator: "eq" as const,
          },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }
}

async function ensureFulfillmentSet(
  container: MedusaContainer,
  fulfillmentModule: IFulfillmentModuleService,
  location: { id: string },
  name: string
): Promise<FulfillmentSetDTO> {
  const [existing] = await fulfillmentModule.listFulfillmentSets(
    { name },
    { relations: ["service_zones"] }
  )
  if (existing) {
    return existing
  }

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name,
    type: "shipping",
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  return { ...fulfillmentSet, service_zones: [] }
}

async function ensureServiceZone(
  container: MedusaContainer,
  fulfillmentSet: FulfillmentSetDTO,
  zone: DemoServiceZone
): Promise<ServiceZoneDTO> {
  const existing = (fulfillmentSet.service_zones ?? []).find(
    (serviceZone) => serviceZone.name === zone.name
  )
  if (existing) {
    return existing
  }
  const { result } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          name: zone.name,
          fulfillment_set_id: fulfillmentSet.id,
          geo_zones: zone.countries.map((country_code) => ({
            type: "country" as const,
            country_code,
          })),
        },
      ],
    },
  })
  return result[0]
}

/** Categories by handle; only missing ones are created. */
async function ensureCategories(
  container: MedusaContainer
): Promise<Map<string, ProductCategoryDTO>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProductCategories({
    handle: CATEGORIES.map((category) => category.handle),
  })
  const byHandle = new Map(
    existing.map((category) => [category.handle, category])
  )

  const missing = CATEGORIES.filter(
    (category) => !byHandle.has(category.handle)
  )
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((category) => ({
          ...category,
          is_active: true,
          is_internal: false,
        })),
      },
    })
    result.forEach((category) => byHandle.set(category.handle, category))
  }
  return byHandle
}

/** Products by handle; only missing ones are created (published). */
async function ensureProducts(
  container: MedusaContainer,
  context: {
    categories: Map<string, ProductCategoryDTO>
    salesChannel: SalesChannelDTO
    sellerShipping: Map<string, SellerShippingSetup>
  }
): Promise<void> {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts(
    { handle: PRODUCTS.map((product) => product.handle) },
    { select: ["id", "handle"] }
  )
  const present = new Set(existing.map((product) => product.handle))

  const missing = PRODUCTS.filter((product) => !present.has(product.handle))
  if (!missing.length) {
    return
  }

  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => ({
        title: product.title,
        handle: product.handle,
        description: product.description,
        weight: product.weight,
        status: ProductStatus.PUBLISHED,
        category_ids: [context.categories.get(product.category)!.id],
        shipping_profile_id: context.sellerShipping.get(
          sellerHandleOf(product)
        )!.shipping_profile_id,
        sales_channels: product.hidden ? [] : [{ id: context.salesChannel.id }],
        options: [
          {
            title: product.option,
            values: product.variants.map((variant) => variant.value),
          },
        ],
        variants: product.variants.map((variant) => ({
          title: variant.value,
          sku: variant.sku,
          options: { [product.option]: variant.value },
          manage_inventory: true,
          prices: [
            { currency_code: "idr", amount: variant.idr },
            { currency_code: "usd", amount: variant.usd },
          ],
        })),
      })),
    },
  })
}

type InventoryItemRow = {
  id: string
  sku: string | null
  location_levels?: ({ location_id: string } | null)[] | null
}

/**
 * A level at its seller's stock location for every demo SKU that has none
 * yet. Medusa creates an inventory item per managed variant, with the
 * variant's SKU.
 */
async function ensureInventoryLevels(
  container: MedusaContainer,
  sellerShipping: Map<string, SellerShippingSetup>
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const bySku = new Map(
    PRODUCTS.flatMap((product) =>
      product.variants.map((variant) => [
        variant.sku,
        {
          stock: variant.stock,
          location_id: sellerShipping.get(sellerHandleOf(product))!
            .stock_location_id,
        },
      ])
    )
  )

  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...bySku.keys()] },
  })

  const inventoryLevels = (data as InventoryItemRow[]).flatMap((item) => {
    const wanted = bySku.get(item.sku ?? "")
    if (
      !wanted ||
      (item.location_levels ?? []).some(
        (level) => level?.location_id === wanted.location_id
      )
    ) {
      return []
    }
    return [
      {
        inventory_item_id: item.id,
        location_id: wanted.location_id,
        stocked_quantity: wanted.stock,
      },
    ]
  })

  if (inventoryLevels.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: inventoryLevels },
    })
  }
}

/**
 * The demo sellers by handle, each signed up like a real seller: an
 * e-mail/password identity (the auth module's register path), then the
 * marketplace's seller sign-up workflow (seller + owner member + its own stock
 * location linked to the sales channel, its shipping setup, and the owner as
 * the identity's `seller` actor); active sellers are then approved. The
 * shipping setup is ensured again for every demo seller (idempotent: it
 * completes a seller from a run that stopped half-way).
 * Returns each seller's stock location and shipping profile by handle.
 */
async function ensureSellers(
  container: MedusaContainer,
  logger: Logger
): Promise<Map<string, SellerShippingSetup>> {
  const sellerModule = container.resolve<SellerModuleService>(
    MarketplaceModules.SELLER
  )
  const authModule = container.resolve(Modules.AUTH)

  for (const demo of SELLERS) {
    let [seller] = await sellerModule.listSellers({ handle: demo.handle })
    if (!seller) {
      const [provider] = await authModule.listProviderIdentities({
        provider: "emailpass",
        entity_id: demo.email,
      })
      let authIdentityId = provider?.auth_identity_id
      if (!authIdentityId) {
        const { success, authIdentity, error } = await authModule.register(
          "emailpass",
          { body: { email: demo.email, password: SELLER_PASSWORD } }
        )
        if (!success || !authIdentity) {
          throw new Error(`Could not register ${demo.email}: ${error}`)
        }
        authIdentityId = authIdentity.id
      }
      const { result } = await createSellerWorkflow(container).run({
        input: {
          auth_identity_id: authIdentityId,
          seller: {
            name: demo.name,
            handle: demo.handle,
            email: demo.email,
            phone: demo.phone,
            description: demo.description,
            address_1: demo.address_1,
            city: demo.city,
            province: demo.province,
            postal_code: demo.postal_code,
            country_code: "id",
          },
          owner: { email: demo.email, name: demo.owner },
        },
      })
      seller = result.seller as typeof seller
      logger.info(`Created seller ${demo.name}`)
    }
    if (seller.status !== demo.status) {
      await sellerModule.updateSellers({ id: seller.id, status: demo.status })
    }
  }

  const shipping = new Map<string, SellerShippingSetup>()
  for (const demo of SELLERS) {
    const [seller] = await sellerModule.listSellers({ handle: demo.handle })
    const { result } = await ensureSellerShippingWorkflow(container).run({
      input: { seller_id: seller.id },
    })
    if (!result.stock_location_id) {
      throw new Error(`Seller ${demo.handle} has no stock location`)
    }
    shipping.set(demo.handle, {
      seller_id: seller.id,
      stock_location_id: result.stock_location_id,
      shipping_profile_id: result.shipping_profile_id,
    })
  }
  return shipping
}

/**
 * The demo shipping options of every active seller (SELLER_SHIPPING_OPTIONS),
 * created with the workflow `POST /vendor/shipping-options` runs; options
 * the seller already has (by name) are left as they are.
 */
async function ensureSellerShippingOptions(
  container: MedusaContainer,
  sellerShipping: Map<string, SellerShippingSetup>
): Promise<void> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  for (const demo of SELLERS.filter((s) => s.status === "active")) {
    const setup = sellerShipping.get(demo.handle)!
    const existing = await fulfillmentModule.listShippingOptions(
      { shipping_profile_id: setup.shipping_profile_id },
      { select: ["id", "name"] }
    )
    const present = new Set(existing.map((option) => option.name))
    for (const option of SELLER_SHIPPING_OPTIONS) {
      if (present.has(option.name)) continue
      await createSellerShippingOptionWorkflow(container).run({
        input: { seller_id: setup.seller_id, option },
      })
    }
  }
}

/** Links every demo product without a seller to its seller (see SELLERS). */
async function ensureProductSellers(container: MedusaContainer): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [{ data: products }, { data: sellers }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "handle", "seller.id"],
      filters: { handle: PRODUCTS.map((product) => product.handle) },
    }),
    query.graph({
      entity: "seller",
      fields: ["id", "handle"],
      filters: { handle: SELLERS.map((seller) => seller.handle) },
    }),
  ])
  const sellerIds = new Map(
    (sellers as { id: string; handle: string }[]).map((s) => [s.handle, s.id])
  )
  const demoByHandle = new Map(PRODUCTS.map((p) => [p.handle, p]))

  const links = (
    products as { id: string; handle: string; seller?: { id: string } | null }[]
  )
    .filter((product) => !product.seller?.id)
    .map((product) => ({
      [MarketplaceModules.SELLER]: {
        seller_id: sellerIds.get(
          sellerHandleOf(demoByHandle.get(product.handle)!)
        )!,
      },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
  if (links.length) {
    await link.create(links)
  }
}

/**
 * The key titled "Belanjain Storefront", linked to the sales channel. Created
 * last: its presence tells the next run that everything above is done.
 */
async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannel: SalesChannelDTO
): Promise<string> {
  let [key] = await listSeededKeys(container)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [
          { title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" },
        ],
      },
    })
    key = {
      id: result[0].id,
      token: result[0].token,
      revoked_at: null,
      sales_channels: [],
    }
  }

  if (
    !(key.sales_channels ?? []).some(
      (channel) => channel?.id === salesChannel.id
    )
  ) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannel.id] },
    })
  }
  return key.token
}
