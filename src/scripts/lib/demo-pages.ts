import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { BlockData, PageContent } from "@belanjain/page-builder/types"
import {
  createPageWorkflow,
  publishPageWorkflow,
} from "@belanjain/page-builder/workflows"
import { validatePageContent } from "@belanjain/page-builder/blocks/schemas"
import { MarketplaceModules } from "@belanjain/marketplace/types"

/**
 * Storefront paths the demo pages link to. The storefront is built later;
 * these are the paths it is expected to serve.
 */
const HREF = {
  catalogue: "/store",
  category: (handle: string) => `/categories/${handle}`,
  seller: (handle: string) => `/sellers/${handle}`,
  page: (slug: string) => `/${slug}`,
}

/** The seed's demo products carry no images: pages use storefront paths. */
const IMAGE = {
  homeHero: "/images/pages/home-hero.jpg",
  homeBanner: "/images/pages/promo-kopi-banner.jpg",
  kopiHero: "/images/pages/kopi-nusantara-hero.jpg",
  kopiBanner: "/images/pages/kopi-seduh-banner.jpg",
}

const PROMO_SLUG = "promo-kopi-nusantara"

/** Demo data the blocks point at, by handle (what src/scripts/seed.ts creates). */
type DemoRefs = {
  /** product category handle → pcat_ id */
  categories: Map<string, string>
  /** active seller handle → sel_ id */
  sellers: Map<string, string>
  /** product handle → prod_ id */
  products: Map<string, string>
  /** active voucher packages (vpkg_ ids), shortest validity first */
  voucherPackages: string[]
}

const CATEGORY_HANDLES = [
  "elektronik",
  "fashion",
  "makanan",
  "olahraga",
  "buku",
  "kesehatan",
]
const SELLER_HANDLES = ["butik-nusantara", "gerai-sneakers", "toko-buku-pelita"]
const PRODUCT_HANDLES = [
  "kopi-gayo-arabika-250g",
  "sambal-roa-manado",
  "buku-resep-nusantara",
  "batik-tulis-pria",
]

type VouchersService = {
  listVoucherPackages(
    filters: Record<string, unknown>,
    config?: Record<string, unknown>
  ): Promise<{ id: string }[]>
}

async function loadDemoRefs(container: MedusaContainer): Promise<DemoRefs> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const byHandle = (rows: unknown[]) =>
    new Map(
      (rows as { id: string; handle: string }[]).map((r) => [r.handle, r.id])
    )

  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: CATEGORY_HANDLES, is_active: true },
  })
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts(
      { handle: PRODUCT_HANDLES, status: "published" },
      { select: ["id", "handle"] }
    )

  let sellers: unknown[] = []
  if (container.hasRegistration(MarketplaceModules.SELLER)) {
    ;({ data: sellers } = await query.graph({
      entity: "seller",
      fields: ["id", "handle"],
      filters: { handle: SELLER_HANDLES, status: "active" },
    }))
  }

  let voucherPackages: string[] = []
  if (container.hasRegistration("vouchers")) {
    const packages = await container
      .resolve<VouchersService>("vouchers")
      .listVoucherPackages(
        { is_active: true },
        { select: ["id"], take: 3, order: { validity_hours: "ASC" } }
      )
    voucherPackages = packages.map((p) => p.id)
  }

  return {
    categories: byHandle(categories),
    sellers: byHandle(sellers),
    products: byHandle(products),
    voucherPackages,
  }
}

/** Keeps the blocks whose data exists (a builder returns null when it is missing). */
const blocks = (...list: (BlockData | null)[]): BlockData[] =>
  list.filter((b): b is BlockData => b !== null)

function categoryGrid(
  refs: DemoRefs,
  id: string,
  handle: string,
  title: string,
  limit: number
): BlockData | null {
  const categoryId = refs.categories.get(handle)
  return categoryId
    ? {
        type: "ProductGrid",
        props: {
          id,
          title,
          source: "category",
          category_id: categoryId,
          limit,
        },
      }
    : null
}

function sellerGrid(
  refs: DemoRefs,
  id: string,
  handle: string,
  title: string,
  limit: number
): BlockData | null {
  const sellerId = refs.sellers.get(handle)
  return sellerId
    ? {
        type: "ProductGrid",
        props: { id, title, source: "seller", seller_id: sellerId, limit },
      }
    : null
}

function spotlight(
  refs: DemoRefs,
  id: string,
  handle: string,
  title: string
): BlockData | null {
  const sellerId = refs.sellers.get(handle)
  return sellerId
    ? { type: "SellerSpotlight", props: { id, title, seller_id: sellerId } }
    : null
}

function vouchers(refs: DemoRefs, id: string, title: string): BlockData | null {
  return refs.voucherPackages.length
    ? {
        type: "VoucherPackages",
        props: { id, title, package_ids: refs.voucherPackages },
      }
    : null
}

function homeContent(refs: DemoRefs): PageContent {
  const tiles = CATEGORY_HANDLES.flatMap((h) => {
    const id = refs.categories.get(h)
    return id ? [id] : []
  })
  return {
    root: { props: { title: "Beranda" } },
    content: blocks(
      {
        type: "Hero",
        props: {
          id: "home-hero",
          title: "Belanja produk lokal, langsung dari penjualnya",
          subtitle:
            "Batik tulis, kopi Gayo, sepatu lari sampai buku anak: ribuan produk dari toko-toko pilihan di seluruh Indonesia, dengan satu keranjang dan satu pembayaran.",
          image_url: IMAGE.homeHero,
          cta_label: "Mulai belanja",
          cta_href: HREF.catalogue,
          align: "center",
        },
      },
      { type: "Spacer", props: { id: "home-spacer-1", size: "md" } },
      tiles.length
        ? {
            type: "CategoryTiles",
            props: {
              id: "home-categories",
              title: "Jelajahi kategori",
              category_ids: tiles,
            },
          }
        : null,
      categoryGrid(
        refs,
        "home-grid-fashion",
        "fashion",
        "Fashion Nusantara",
        8
      ),
      {
        type: "Columns",
        props: {
          id: "home-columns-promo",
          ratio: "1:2",
          left: [
            {
              type: "RichText",
              props: {
                id: "home-promo-text",
                heading: "Promo Kopi Nusantara",
                body: "Kopi arabika Gayo sangrai medium, langsung dari kedai kopi mitra kami di Yogyakarta.\n\nNikmati harga spesial selama persediaan masih ada, dan lengkapi dengan sambal roa untuk teman makan siang.",
              },
            },
          ],
          right: [
            {
              type: "Banner",
              props: {
                id: "home-promo-banner",
                image_url: IMAGE.homeBanner,
                alt: "Secangkir kopi Gayo di samping biji kopi sangrai",
                href: HREF.page(PROMO_SLUG),
                caption: "Lihat promo kopi minggu ini",
              },
            },
          ],
        },
      },
      sellerGrid(
        refs,
        "home-grid-sneakers",
        "gerai-sneakers",
        "Pilihan Gerai Sneakers",
        4
      ),
      spotlight(
        refs,
        "home-seller-butik",
        "butik-nusantara",
        "Toko pilihan minggu ini"
      ),
      categoryGrid(refs, "home-grid-makanan", "makanan", "Cita rasa daerah", 4),
      vouchers(refs, "home-vouchers", "Voucher WiFi, langsung ke WhatsApp"),
      { type: "Spacer", props: { id: "home-spacer-2", size: "lg" } }
    ),
  }
}

function promoContent(refs: DemoRefs): PageContent {
  const picks = ["kopi-gayo-arabika-250g", "buku-resep-nusantara"].flatMap(
    (h) => {
      const id = refs.products.get(h)
      return id ? [id] : []
    }
  )
  return {
    root: { props: { title: "Promo Kopi Nusantara" } },
    content: blocks(
      {
        type: "Hero",
        props: {
          id: "kopi-hero",
          title: "Promo Kopi Nusantara",
          subtitle:
            "Dari dataran tinggi Gayo ke cangkir Anda: kopi pilihan dengan harga spesial, dikirim langsung oleh penjualnya.",
          image_url: IMAGE.kopiHero,
          cta_label: "Belanja kopi",
          cta_href: HREF.category("makanan"),
          align: "left",
        },
      },
      {
        type: "RichText",
        props: {
          id: "kopi-intro",
          heading: "Kenapa kopi Gayo?",
          body: "Kopi arabika Gayo tumbuh di ketinggian 1.200 meter di Aceh Tengah. Sangrai medium menonjolkan aroma rempah dan cokelatnya.\n\nPilih biji utuh untuk digiling sendiri, atau bubuk yang siap diseduh.",
          align: "left",
        },
      },
      picks.length
        ? {
            type: "ProductGrid",
            props: {
              id: "kopi-picks",
              title: "Paket ngopi pilihan",
              source: "handpicked",
              product_ids: picks,
            },
          }
        : null,
      categoryGrid(
        refs,
        "kopi-grid-makanan",
        "makanan",
        "Teman ngopi lainnya",
        8
      ),
      { type: "Spacer", props: { id: "kopi-spacer-1", size: "sm" } },
      {
        type: "Columns",
        props: {
          id: "kopi-columns-seduh",
          ratio: "1:1",
          left: [
            {
              type: "Banner",
              props: {
                id: "kopi-banner",
                image_url: IMAGE.kopiBanner,
                alt: "Menyeduh kopi dengan V60",
                href: HREF.seller("toko-buku-pelita"),
                caption: "Kunjungi kedai kopi Toko Buku Pelita",
              },
            },
          ],
          right: [
            {
              type: "RichText",
              props: {
                id: "kopi-tips",
                heading: "Tips menyeduh",
                body: "Gunakan 15 gram kopi untuk 250 ml air bersuhu 92°C.\n\nSeduh perlahan selama tiga menit, lalu nikmati tanpa gula untuk merasakan karakter aslinya.",
              },
            },
          ],
        },
      },
      spotlight(
        refs,
        "kopi-seller-pelita",
        "toko-buku-pelita",
        "Kedai kopi di balik promo ini"
      ),
      vouchers(refs, "kopi-vouchers", "Ngopi sambil online: voucher WiFi"),
      { type: "Spacer", props: { id: "kopi-spacer-2", size: "lg" } }
    ),
  }
}

type PageService = {
  listPages(filters: Record<string, unknown>): Promise<{ slug: string }[]>
}

/**
 * The demo pages, published: the storefront's home page (slug "home") and a
 * landing page ("promo-kopi-nusantara"), built from the page builder's blocks
 * with ids of the seed's categories, sellers, products and voucher packages
 * (a block whose data is missing is left out). Idempotent: a page is created
 * only when its slug is missing; existing pages (perhaps edited by an
 * operator) are left alone. Skipped when the page-builder plugin is not
 * loaded. Run after the products, sellers and voucher packages are seeded.
 */
export async function ensureDemoPages(
  container: MedusaContainer
): Promise<void> {
  if (!container.hasRegistration("page")) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pages = container.resolve<PageService>("page")

  const demo = (refs: DemoRefs) => [
    {
      slug: "home",
      title: "Beranda",
      seo_title: "Belanjain: belanja produk lokal dari penjual Indonesia",
      seo_description:
        "Marketplace produk lokal: fashion, makanan khas daerah, olahraga, buku dan voucher WiFi, dari penjual di seluruh Indonesia.",
      seo_image: IMAGE.homeHero,
      content: homeContent(refs),
    },
    {
      slug: PROMO_SLUG,
      title: "Promo Kopi Nusantara",
      seo_title: "Promo Kopi Nusantara | Belanjain",
      seo_description:
        "Kopi arabika Gayo dan teman ngopi lainnya dengan harga spesial, langsung dari penjualnya.",
      seo_image: IMAGE.kopiHero,
      content: promoContent(refs),
    },
  ]

  const slugs = ["home", PROMO_SLUG]
  const present = new Set(
    (await pages.listPages({ slug: slugs })).map((p) => p.slug)
  )
  if (slugs.every((s) => present.has(s))) return

  const refs = await loadDemoRefs(container)
  for (const page of demo(refs)) {
    if (present.has(page.slug)) continue
    // The workflows trust their input (the admin routes validate on save):
    // check the demo content the same way, so the editor can open and save it.
    const content = validatePageContent(page.content)
    const { result: created } = await createPageWorkflow(container).run({
      input: { ...page, content },
    })
    await publishPageWorkflow(container).run({ input: { id: created.id } })
    logger.info(
      `Created and published demo page "${page.slug}" (${content.content.length} blocks)`
    )
  }
}
