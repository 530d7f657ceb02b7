import type { MedusaContainer } from "@medusajs/framework/types"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"

/** Creates a publishable API key and returns the header Store API calls need. */
export async function createPublishableKeyHeaders(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: "Test storefront", type: "publishable", created_by: "" },
      ],
    },
  })
  return { headers: { "x-publishable-api-key": result[0].token } }
}
