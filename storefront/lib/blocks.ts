import "server-only"
import type { BlockProduct, ResolvedData } from "@belanjain/page-builder/blocks"
import { formatMoney, type Locale } from "./i18n"
import {
  listCategories,
  listSellers,
  listVoucherPackagesWithPrices,
  searchProducts,
  type SearchHit,
} from "./data"
import { sdk } from "./sdk"

/* eslint-disable @typescript-eslint/no-explicit-any -- page content is JSON */
type Block = { type: string; props: Record<string, any> }

function walk(blocks: unknown, out: Block[] = [], depth = 0): Block[] {
  if (!Array.isArray(blocks) || depth > 8) return out
  for (const b of blocks as Block[]) {
    if (!b || typeof b !== "object" || !b.props) continue
    out.push(b)
    if (b.type === "Columns") {
      walk(b.props.left, out, depth + 1)
      walk(b.props.right, out, depth + 1)
    }
  }
  return out
}

const hitToBlock = (hit: SearchHit, locale: Locale): BlockProduct => ({
  id: hit.id,
  title: hit.title,
  handle: hit.handle,
  thumbnail: hit.thumbnail,
  price_label: hit.price
    ? formatMoney(hit.price.amount, hit.price.currency_code, locale)
    : null,
  seller_name: hit.seller?.name ?? null,
})

/**
 * Looks up what the data-driven blocks show (products, categories, seller,
 * voucher packages), keyed by block id for `PageRenderer`. A lookup that
 * fails leaves its block on its placeholder instead of failing the page.
 */
export async function resolveBlocks(
  content: any,
  regionId: string | undefined,
  locale: Locale
): Promise<ResolvedData> {
  const blocks = walk(content?.content)
  const resolved: ResolvedData = {}
  await Promise.all(
    blocks.map(async (block) => {
      const id = block.props.id
      if (typeof id !== "string") return
      const p = block.props
      try {
        switch (block.type) {
          case "ProductGrid": {
            const limit = Math.min(Number(p.limit) || 8, 24)
            if (p.source === "category" && p.category_id) {
              const r = await searchProducts(
                { category_id: p.category_id, limit },
                regionId
              )
              resolved[id] = {
                products: r.products.map((h) => hitToBlock(h, locale)),
              }
            } else if (p.source === "seller" && p.seller_id) {
              const r = await searchProducts(
                { seller_id: p.seller_id, limit },
                regionId
              )
              resolved[id] = {
                products: r.products.map((h) => hitToBlock(h, locale)),
              }
            } else if (
              (p.source === "handpicked" && p.product_ids?.length) ||
              (p.source === "collection" && p.collection_id)
            ) {
              const { products } = await sdk.store.product.list({
                ...(p.source === "handpicked"
                  ? { id: p.product_ids }
                  : { collection_id: p.collection_id }),
                region_id: regionId,
                limit,
                fields:
                  "id,title,handle,thumbnail,*variants.calculated_price,*seller",
              })
              const order =
                p.source === "handpicked" ? (p.product_ids as string[]) : []
              resolved[id] = {
                products: products
                  .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
                  .map((prod: any) => {
                    const prices = (prod.variants ?? [])
                      .map((v: any) => v.calculated_price?.calculated_amount)
                      .filter((n: unknown) => typeof n === "number") as number[]
                    const currency =
                      prod.variants?.[0]?.calculated_price?.currency_code
                    return {
                      id: prod.id,
                      title: prod.title,
                      handle: prod.handle,
                      thumbnail: prod.thumbnail,
                      price_label:
                        prices.length && currency
                          ? formatMoney(Math.min(...prices), currency, locale)
                          : null,
                      seller_name: prod.seller?.name ?? null,
                    }
                  }),
              }
            }
            break
          }
          case "CategoryTiles": {
            const ids: string[] = p.category_ids ?? []
            const all = await listCategories()
            resolved[id] = {
              categories: ids
                .map((cid) => all.find((c) => c.id === cid))
                .filter((c): c is NonNullable<typeof c> => !!c)
                .map((c) => ({ id: c.id, name: c.name, handle: c.handle })),
            }
            break
          }
          case "SellerSpotlight": {
            const { sellers } = await listSellers()
            const s = sellers.find((x) => x.id === p.seller_id)
            resolved[id] = {
              seller: s
                ? {
                    id: s.id,
                    name: s.name,
                    handle: s.handle,
                    description: s.description,
                    logo_url: s.logo_url,
                  }
                : null,
            }
            break
          }
          case "VoucherPackages": {
            const all = await listVoucherPackagesWithPrices()
            const ids: string[] | undefined = p.package_ids?.length
              ? p.package_ids
              : undefined
            resolved[id] = {
              packages: all
                .filter((pkg) => !ids || ids.includes(pkg.id))
                .map((pkg) => ({
                  id: pkg.id,
                  name: pkg.name,
                  description: pkg.description,
                  validity_label: pkg.validity_hours
                    ? `${pkg.validity_hours} h`
                    : null,
                  price_label: pkg.price
                    ? formatMoney(
                        pkg.price.amount,
                        pkg.price.currency_code,
                        locale
                      )
                    : null,
                  href: "/vouchers",
                })),
            }
            break
          }
        }
      } catch (e) {
        console.warn(
          `[pages] block ${block.type} ${id}: ${(e as Error).message}`
        )
      }
    })
  )
  return resolved
}
