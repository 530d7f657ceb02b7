import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MarketplaceModules } from "../../../types"
import { resolveProductHandlesStep } from "../steps/resolve-product-handles"
import { validateSellerProductInputStep } from "../steps/validate-seller-product-input"
import type { SellerProductInput } from "../types"
import { ensureSellerShippingWorkflow } from "../../shipping/workflows/ensure-seller-shipping"

export type CreateSellerProductsWorkflowInput = {
  seller_id: string
  products: SellerProductInput[]
}

export const createSellerProductsWorkflowId =
  "marketplace-create-seller-products"

/**
 * A seller's new products, composed from Medusa's own `createProductsWorkflow`
 * (options, variants, IDR prices, inventory items for managed variants):
 * - a handle unique across the store (see resolveProductHandlesStep);
 * - the seller's own shipping profile (created first when the seller has
 *   none yet: `marketplace-ensure-seller-shipping`), so checkout ships each
 *   seller's items with that seller's options;
 * - the store's default sales channel only when the seller is active (a
 *   pending or suspended seller's products stay invisible to shoppers);
 * - the seller↔product link;
 * - a stock level of 0 at the seller's own stock location for every
 *   inventory item, so the seller's inventory page lists each variant.
 * Every write is compensated: a failure anywhere leaves no product behind.
 */
export const createSellerProductsWorkflow = createWorkflow(
  createSellerProductsWorkflowId,
  (input: CreateSellerProductsWorkflowInput) => {
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "status", "stock_locations.id"],
      filters: { id: input.seller_id },
    }).config({ name: "marketplace-get-product-seller" })

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "marketplace-get-product-store" })

    const validateInput = transform(
      { input, sellers },
      ({ input, sellers }) => ({
        seller: sellers[0] ?? null,
        category_ids: input.products.flatMap((p) => p.category_ids ?? []),
        skus: input.products.flatMap((p) =>
          p.variants.flatMap((v, i) =>
            v.sku ? [{ path: `variants[${i}].sku`, sku: v.sku }] : []
          )
        ),
        require_location: true,
      })
    )
    const { stock_location_id } = validateSellerProductInputStep(validateInput)

    const handles = resolveProductHandlesStep({ products: input.products })

    const shippingInput = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
    }))
    const shipping = ensureSellerShippingWorkflow.runAsStep({
      input: shippingInput,
    })

    const productsInput = transform(
      { input, sellers, stores, shipping, handles },
      ({ input, sellers, stores, shipping, handles }) => {
        const seller = sellers[0]
        const salesChannelId = stores[0]?.default_sales_channel_id
        const visible = seller?.status === "active" && !!salesChannelId
        return input.products.map((p, i) => ({
          title: p.title,
          subtitle: p.subtitle ?? undefined,
          description: p.description ?? undefined,
          handle: handles[i],
          status: p.status,
          thumbnail: p.thumbnail ?? undefined,
          images: p.images,
          category_ids: p.category_ids,
          metadata: { specifications: p.specifications ?? [] },
          options: p.options.map((o) => ({ title: o.title, values: o.values })),
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: v.options,
            prices: v.prices,
            manage_inventory: v.manage_inventory,
            weight: v.weight ?? undefined,
          })),
          shipping_profile_id: shipping.shipping_profile_id,
          sales_channels: visible ? [{ id: salesChannelId as string }] : [],
        }))
      }
    )

    const products = createProductsWorkflow.runAsStep({
      input: { products: productsInput },
    })

    const links = transform({ input, products }, ({ input, products }) =>
      products.map((product) => ({
        [MarketplaceModules.SELLER]: { seller_id: input.seller_id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    createRemoteLinkStep(links).config({
      name: "marketplace-link-seller-products",
    })

    const productIds = transform({ products }, ({ products }) =>
      products.map((p) => p.id)
    )
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { product_id: productIds },
    }).config({ name: "marketplace-get-new-variant-inventory" })

    const levels = transform(
      { variants, stock_location_id },
      ({ variants, stock_location_id }) => {
        type Row = {
          inventory_items?: ({ inventory_item_id?: string } | null)[] | null
        }
        const itemIds = new Set(
          (variants as Row[]).flatMap((v) =>
            (v.inventory_items ?? []).map((item) => item?.inventory_item_id)
          )
        )
        return [...itemIds].filter(Boolean).map((id) => ({
          inventory_item_id: id as string,
          location_id: stock_location_id as string,
          stocked_quantity: 0,
        }))
      }
    )
    createInventoryLevelsWorkflow.runAsStep({
      input: { inventory_levels: levels },
    })

    return new WorkflowResponse(products)
  }
)
