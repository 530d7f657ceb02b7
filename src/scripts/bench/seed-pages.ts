/**
 * Benchmark data for `npm run bench:pages` (scripts/bench-pages.mjs): the
 * bench store (IDR region, publishable key for the default sales channel),
 * three categories, one active seller with four products, and one published
 * page of 15 top-level blocks (19 with the ones inside Columns) that points
 * at them, created and published with the page builder's workflows. Prints
 * BENCH_* variables for the script. Run only against an empty, throw-away
 * database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { PageContent } from "@belanjain/page-builder/types"
import {
  createPageWorkflow,
  publishPageWorkflow,
} from "@belanjain/page-builder/workflows"
import { validatePageContent } from "@belanjain/page-builder/blocks/schemas"
import { prepareBenchStore } from "./bench-store"

const SLUG = "bench-beranda"

const PARAGRAPHS =
  "Belanjain mempertemukan pembeli dengan penjual lokal dari Sabang sampai Merauke. Setiap toko mengirim pesanannya sendiri, tetapi Anda cukup membayar sekali.\n\n" +
  "Ongkos kirim dihitung per penjual sesuai berat barang, dan status setiap pesanan bisa dipantau dari halaman akun.\n\n" +
  "Butuh bantuan? Tim kami siap membantu setiap hari pukul 08.00 sampai 21.00 WIB."

export default async function seedPagesBench({ container }: ExecArgs) {
  if (!container.hasRegistration("page")) {
    throw new Error(
      "the page-builder plugin is not loaded (add @belanjain/page-builder to medusa-config.ts)"
    )
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const sellers = container.resolve("seller") as {
    createSellers: (d: Record<string, unknown>) => Promise<{ id: string }>
  }

  const { salesChannelId, publishableKey } = await prepareBenchStore(
    container,
    { keyTitle: "Bench Pages" }
  )

  const { result: categories } = await createProductCategoriesWorkflow(
    container
  ).run({
    input: {
      product_categories: ["Fashion", "Makanan", "Olahraga"].map((name) => ({
        name,
        handle: name.toLowerCase(),
        is_active: true,
        is_internal: false,
      })),
    },
  })
  const seller = await sellers.createSellers({
    name: "Toko Bench Nusantara",
    handle: "toko-bench-nusantara",
    email: "pages@bench.test",
    status: "active",
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: ["Batik", "Kopi", "Sepatu", "Sambal"].map((name, i) => ({
        title: `${name} Bench`,
        status: ProductStatus.PUBLISHED,
        category_ids: [categories[i % categories.length].id],
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Varian", values: ["Standar"] }],
        variants: [
          {
            title: "Standar",
            sku: `BENCH-PAGE-${name.toUpperCase()}`,
            options: { Varian: "Standar" },
            manage_inventory: false,
            prices: [{ currency_code: "idr", amount: 50_000 + i * 10_000 }],
          },
        ],
      })),
    },
  })
  await link.create(
    products.map((product) => ({
      seller: { seller_id: seller.id },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
  )

  const [fashion, makanan] = categories
  const content: PageContent = {
    root: { props: { title: "Beranda (bench)" } },
    content: [
      {
        type: "Hero",
        props: {
          id: "bench-hero",
          title: "Belanja produk lokal, langsung dari penjualnya",
          subtitle:
            "Ribuan produk dari toko-toko pilihan di seluruh Indonesia, satu keranjang, satu pembayaran.",
          image_url: "/images/pages/home-hero.jpg",
          cta_label: "Mulai belanja",
          cta_href: "/store",
          align: "center",
        },
      },
      { type: "Spacer", props: { id: "bench-spacer-1", size: "md" } },
      {
        type: "CategoryTiles",
        props: {
          id: "bench-categories",
          title: "Jelajahi kategori",
          category_ids: categories.map((c) => c.id),
        },
      },
      {
        type: "ProductGrid",
        props: {
          id: "bench-grid-fashion",
          title: "Fashion Nusantara",
          source: "category",
          category_id: fashion.id,
          limit: 8,
        },
      },
      {
        type: "Columns",
        props: {
          id: "bench-columns-1",
          ratio: "1:2",
          left: [
            {
              type: "RichText",
              props: {
                id: "bench-columns-1-text",
                heading: "Promo Kopi Nusantara",
                body: PARAGRAPHS,
              },
            },
          ],
          right: [
            {
              type: "Banner",
              props: {
                id: "bench-columns-1-banner",
                image_url: "/images/pages/promo-kopi-banner.jpg",
                alt: "Secangkir kopi Gayo di samping biji kopi sangrai",
                href: "/promo-kopi-nusantara",
                caption: "Lihat promo kopi minggu ini",
              },
            },
          ],
        },
      },
      {
        type: "ProductGrid",
        props: {
          id: "bench-grid-seller",
          title: "Pilihan Toko Bench Nusantara",
          source: "seller",
          seller_id: seller.id,
          limit: 4,
        },
      },
      {
        type: "SellerSpotlight",
        props: {
          id: "bench-spotlight",
          title: "Toko pilihan minggu ini",
          seller_id: seller.id,
        },
      },
      {
        type: "RichText",
        props: {
          id: "bench-text-1",
          heading: "Belanja aman di Belanjain",
          body: PARAGRAPHS,
          align: "center",
        },
      },
      {
        type: "ProductGrid",
        props: {
          id: "bench-grid-picks",
          title: "Pilihan redaksi",
          source: "handpicked",
          product_ids: products.map((p) => p.id),
        },
      },
      {
        type: "Banner",
        props: {
          id: "bench-banner",
          image_url: "/images/pages/gratis-ongkir.jpg",
          alt: "Gratis ongkir untuk belanja di atas Rp100.000",
          href: "/store",
        },
      },
      {
        type: "ProductGrid",
        props: {
          id: "bench-grid-makanan",
          title: "Cita rasa daerah",
          source: "category",
          category_id: makanan.id,
          limit: 4,
        },
      },
      {
        type: "Columns",
        props: {
          id: "bench-columns-2",
          ratio: "1:1",
          left: [
            {
              type: "Banner",
              props: {
                id: "bench-columns-2-banner",
                image_url: "/images/pages/kopi-seduh-banner.jpg",
                alt: "Menyeduh kopi dengan V60",
                caption: "Tips menyeduh kopi di rumah",
              },
            },
          ],
          right: [
            {
              type: "RichText",
              props: {
                id: "bench-columns-2-text",
                heading: "Tips menyeduh",
                body: "Gunakan 15 gram kopi untuk 250 ml air bersuhu 92°C.\n\nSeduh perlahan selama tiga menit.",
              },
            },
          ],
        },
      },
      {
        type: "VoucherPackages",
        props: {
          id: "bench-vouchers",
          title: "Voucher WiFi, langsung ke WhatsApp",
        },
      },
      {
        type: "RichText",
        props: {
          id: "bench-text-2",
          heading: "Tentang kami",
          body: PARAGRAPHS,
        },
      },
      { type: "Spacer", props: { id: "bench-spacer-2", size: "lg" } },
    ],
  }

  const { result: page } = await createPageWorkflow(container).run({
    input: {
      slug: SLUG,
      title: "Beranda (bench)",
      seo_title: "Belanjain: belanja produk lokal",
      seo_description: "Halaman beranda untuk benchmark page builder.",
      seo_image: "/images/pages/home-hero.jpg",
      // validated as the admin routes do on save (the workflows do not)
      content: validatePageContent(content),
    },
  })
  await publishPageWorkflow(container).run({ input: { id: page.id } })

  // Printed, not logged: the benchmark script reads these lines.
  console.log(
    [
      `BENCH_PUBLISHABLE_KEY=${publishableKey}`,
      `BENCH_PAGE_SLUG=${SLUG}`,
      `BENCH_PAGE_BLOCKS=${content.content.length}`,
      `BENCH_PAGE_BYTES=${Buffer.byteLength(JSON.stringify(content))}`,
    ].join("\n")
  )
}
