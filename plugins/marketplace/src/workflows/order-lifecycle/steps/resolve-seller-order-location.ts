import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QueryRow } from "../utils/query-row"

export type ResolveSellerOrderLocationInput = {
  order_id: string
  seller_id: string
  line_item_ids: string[]
}

type Row = QueryRow

export const resolveSellerOrderLocationStepId =
  "marketplace-resolve-seller-order-location-step"

/**
 * Where a seller order ships from: the stock location its lines' stock is
 * reserved at (checkout reserves at the seller's location), or, for lines
 * without managed stock, the seller's own stock location. Reads only.
 */
export const resolveSellerOrderLocationStep = createStep(
  resolveSellerOrderLocationStepId,
  async (input: ResolveSellerOrderLocationInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = input.line_item_ids.length
      ? await inventory.listReservationItems(
          { line_item_id: input.line_item_ids },
          { select: ["id", "location_id"] }
        )
      : []
    const locations = [...new Set(reservations.map((r) => r.location_id))]
    if (locations.length > 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Order ${input.order_id} has stock reserved at several locations (${locations.join(", ")}); it cannot be fulfilled in one shipment`
      )
    }
    if (locations.length === 1) {
      return new StepResponse({ location_id: locations[0] })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "seller",
      fields: ["id", "stock_locations.id"],
      filters: { id: input.seller_id },
    })
    const locationId = ((data[0] as Row)?.stock_locations ?? [])[0]?.id
    if (!locationId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Seller ${input.seller_id} has no stock location to ship order ${input.order_id} from`
      )
    }
    return new StepResponse({ location_id: locationId as string })
  }
)
