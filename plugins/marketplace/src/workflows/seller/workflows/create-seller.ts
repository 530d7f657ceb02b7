import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  createStockLocations,
  emitEventStep,
  setAuthAppMetadataStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  MarketplaceModules,
  SELLER_ACTOR_TYPE,
  SellerEvents,
} from "../../../types"
import {
  createSellerStep,
  type CreateSellerStepInput,
} from "../steps/create-seller"
import { ensureSellerShippingWorkflow } from "../../shipping/workflows/ensure-seller-shipping"

export type CreateSellerWorkflowInput = CreateSellerStepInput & {
  auth_identity_id: string
}

export const createSellerWorkflowId = "marketplace-create-seller"

/**
 * Seller sign-up, after `POST /auth/seller/emailpass/register`:
 * the seller (pending) and its owner, the seller's own stock location (linked
 * to the store's default sales channel), its shipping setup (own shipping
 * profile, fulfillment set and Indonesia service zone at that location, the
 * location linked to the fulfillment providers: `marketplace-ensure-seller-shipping`),
 * and the owner as the auth identity's `seller` actor.
 */
export const createSellerWorkflow = createWorkflow(
  createSellerWorkflowId,
  (input: CreateSellerWorkflowInput) => {
    const { seller, owner } = createSellerStep(input)

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "marketplace-get-store" })

    const locationInput = transform({ input }, ({ input }) => [
      {
        name: input.seller.name,
        address: {
          address_1: input.seller.address_1 ?? "",
          city: input.seller.city ?? null,
          province: input.seller.province ?? null,
          postal_code: input.seller.postal_code ?? null,
          country_code: input.seller.country_code ?? "id",
        },
      },
    ])
    const locations = createStockLocations(locationInput)
    const location = transform({ locations }, ({ locations }) => locations[0])

    const links = transform(
      { seller, location, stores },
      ({ seller, location, stores }) => {
        const out: Record<string, Record<string, string>>[] = [
          {
            [MarketplaceModules.SELLER]: { seller_id: seller.id },
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          },
        ]
        const salesChannelId = stores[0]?.default_sales_channel_id
        if (salesChannelId) {
          out.push({
            [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
            [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          })
        }
        return out
      }
    )
    createRemoteLinkStep(links)

    const shippingInput = transform({ seller }, ({ seller }) => ({
      seller_id: seller.id,
    }))
    const shipping = ensureSellerShippingWorkflow.runAsStep({
      input: shippingInput,
    })

    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: SELLER_ACTOR_TYPE,
      value: owner.id,
    })

    const event = transform({ seller }, ({ seller }) => ({
      eventName: SellerEvents.CREATED,
      data: { id: seller.id },
    }))
    emitEventStep(event)

    return new WorkflowResponse({ seller, owner, location, shipping })
  }
)
