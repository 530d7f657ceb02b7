import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
  toHandle,
} from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"

export type ResolveProductHandlesStepInput = {
  products: { title?: string; handle?: string | null }[]
  /** On update: the product itself may keep its handle. */
  exclude_id?: string
}

export const resolveProductHandlesStepId =
  "marketplace-resolve-product-handles-step"

const suffix = () => randomBytes(4).toString("hex").slice(0, 6)

/**
 * Handles are unique across the whole store, so two sellers naming a product
 * "Kaos Polos" must not collide: a handle the seller did not choose is made
 * from the title and gets a short suffix when taken; a handle the seller chose
 * that is already used is a 400 naming the field. Writes nothing.
 */
export const resolveProductHandlesStep = createStep(
  resolveProductHandlesStepId,
  async (input: ResolveProductHandlesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const taken = async (handle: string) => {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { handle },
      })
      return (data as { id: string }[]).some((p) => p.id !== input.exclude_id)
    }

    const used = new Set<string>()
    const handles: (string | undefined)[] = []
    for (const product of input.products) {
      if (product.handle) {
        if (used.has(product.handle) || (await taken(product.handle))) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `handle: "${product.handle}" is already used by another product`
          )
        }
        used.add(product.handle)
        handles.push(product.handle)
        continue
      }
      if (!product.title) {
        handles.push(undefined)
        continue
      }
      const base = toHandle(product.title) || "produk"
      let candidate = base
      for (let i = 0; used.has(candidate) || (await taken(candidate)); i++) {
        if (i >= 5) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            "Could not find a free handle; please choose one"
          )
        }
        candidate = `${base}-${suffix()}`
      }
      used.add(candidate)
      handles.push(candidate)
    }
    return new StepResponse(handles)
  }
)
