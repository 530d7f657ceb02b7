import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ShippingRatesProviderService } from "./service"

/**
 * Register in medusa-config.ts under the Fulfillment Module, beside Medusa's
 * manual provider:
 *   { resolve: "@belanjain/marketplace/providers/shipping-rates", id: "weight" }
 * (provider id `belanjain-rates_weight`).
 */
export default ModuleProvider(Modules.FULFILLMENT, {
  services: [ShippingRatesProviderService],
})
