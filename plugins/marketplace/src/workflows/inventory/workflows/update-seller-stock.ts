import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  emitEventStep,
  updateInventoryLevelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SellerStockEvents } from "../../../types"
import {
  prepareSellerStockUpdatesStep,
  type UpdateSellerStockInput,
} from "../steps/prepare-seller-stock-updates"

export type { UpdateSellerStockInput }

export const updateSellerStockWorkflowId = "marketplace-update-seller-stock"

/**
 * A seller's quick stock update: sets `stocked_quantity` of each inventory
 * item at the seller's stock location. The whole batch is checked first (the
 * items stock only the seller's products, locations are the seller's); then
 * missing levels are created and existing ones updated through Medusa's own
 * inventory workflows, whose steps undo themselves if a later step fails.
 * Hook `stockUpdated` runs after the writes with the items and levels touched.
 * Emits `seller_stock.changed` for each level whose quantity changed.
 */
export const updateSellerStockWorkflow = createWorkflow(
  updateSellerStockWorkflowId,
  (input: UpdateSellerStockInput) => {
    const plan = prepareSellerStockUpdatesStep(input)

    const toCreate = transform({ plan }, ({ plan }) => plan.create)
    const toUpdate = transform({ plan }, ({ plan }) => plan.update)

    when(
      "marketplace-create-missing-levels",
      { toCreate },
      ({ toCreate }) => toCreate.length > 0
    ).then(() => {
      createInventoryLevelsWorkflow.runAsStep({
        input: { inventory_levels: toCreate },
      })
    })

    when(
      "marketplace-update-existing-levels",
      { toUpdate },
      ({ toUpdate }) => toUpdate.length > 0
    ).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({
        input: { updates: toUpdate },
      })
    })

    const result = transform({ input, plan }, ({ input, plan }) => ({
      seller_id: input.seller_id,
      inventory_item_ids: input.updates.map((row) => row.inventory_item_id),
      levels: [...plan.create, ...plan.update],
    }))

    const changes = transform({ input, plan }, ({ input, plan }) =>
      [...plan.create, ...plan.update].flatMap((level) => {
        const from =
          plan.previous[`${level.inventory_item_id}|${level.location_id}`] ??
          null
        return from === level.stocked_quantity
          ? []
          : [
              {
                id: level.inventory_item_id,
                location_id: level.location_id,
                seller_id: input.seller_id,
                actor: input.actor ?? null,
                changes: {
                  stocked_quantity: { from, to: level.stocked_quantity },
                },
              },
            ]
      })
    )
    when(
      "marketplace-emit-stock-changes",
      { changes },
      ({ changes }) => changes.length > 0
    ).then(() => {
      emitEventStep({
        eventName: SellerStockEvents.CHANGED,
        data: changes,
      }).config({ name: "marketplace-emit-stock-changed" })
    })

    const stockUpdated = createHook("stockUpdated", result)

    return new WorkflowResponse(result, { hooks: [stockUpdated] })
  }
)
