/**
 * The store every benchmark seed starts from: IDR as the store currency, an
 * Indonesia region in IDR (with the given payment providers) and a
 * publishable key for the default sales channel.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export async function prepareBenchStore(
  container: MedusaContainer,
  options: { keyTitle: string; paymentProviders?: string[] }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  })
  const salesChannelId = store.default_sales_channel_id as string
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [{ currency_code: "idr", is_default: true }],
      },
    },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Indonesia",
          currency_code: "idr",
          countries: ["id"],
          ...(options.paymentProviders
            ? { payment_providers: options.paymentProviders }
            : {}),
        },
      ],
    },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: options.keyTitle, type: "publishable", created_by: "bench" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [salesChannelId] },
  })
  return { salesChannelId, region, publishableKey: key.token }
}
