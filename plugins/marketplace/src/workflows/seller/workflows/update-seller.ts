import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateStockLocationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  updateSellerStep,
  type UpdateSellerStepInput,
} from "../steps/update-seller"

export const updateSellerWorkflowId = "marketplace-update-seller"

/** Seller fields that are also the address of the seller's own stock location. */
const ADDRESS_FIELDS = [
  "address_1",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

/**
 * Updates a seller's profile fields. When the address changes, the seller's
 * stock locations (where its orders ship from) move with it. Status changes
 * go through the status workflow.
 */
export const updateSellerWorkflow = createWorkflow(
  updateSellerWorkflowId,
  (input: UpdateSellerStepInput) => {
    const seller = updateSellerStep(input)

    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "stock_locations.id"],
      filters: { id: input.id },
    }).config({ name: "marketplace-get-seller-locations" })

    const locationUpdate = transform(
      { input, seller, sellers },
      ({ input, seller, sellers }) => {
        const ids = (
          (sellers[0] as { stock_locations?: { id: string }[] } | undefined)
            ?.stock_locations ?? []
        ).map((l) => l.id)
        const moved = ADDRESS_FIELDS.some((k) => k in input.update)
        if (!ids.length || !moved) return null
        return {
          selector: { id: ids },
          update: {
            address: {
              address_1: seller.address_1 ?? "",
              city: seller.city ?? null,
              province: seller.province ?? null,
              postal_code: seller.postal_code ?? null,
              country_code: seller.country_code ?? "id",
              phone: seller.phone ?? null,
            },
          },
        }
      }
    )

    when({ locationUpdate }, ({ locationUpdate }) => !!locationUpdate).then(
      () => {
        updateStockLocationsWorkflow.runAsStep({
          input: locationUpdate as unknown as {
            selector: { id: string[] }
            update: { address: { address_1: string; country_code: string } }
          },
        })
      }
    )

    return new WorkflowResponse(seller)
  }
)
