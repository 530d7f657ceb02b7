import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSellersMiddlewares } from "./admin/sellers/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import {
  storeProductsMiddlewares,
  storeProductsVisibilityMiddlewares,
} from "./store/products/middlewares"
import { storeProductSearchMiddlewares } from "./store/products/search/middlewares"
import { storeOrderGroupsMiddlewares } from "./store/order-groups/middlewares"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"
import { vendorInventoryMiddlewares } from "./vendor/inventory/middlewares"
import { vendorAuthMiddlewares } from "./vendor/middlewares"
import { vendorOrdersMiddlewares } from "./vendor/orders/middlewares"
import { vendorProductsMiddlewares } from "./vendor/products/middlewares"
import { vendorSellersMiddlewares } from "./vendor/sellers/middlewares"

export default defineMiddlewares({
  routes: [
    ...authMiddlewares,
    ...vendorAuthMiddlewares,
    ...vendorSellersMiddlewares,
    ...vendorProductsMiddlewares,
    ...vendorInventoryMiddlewares,
    ...vendorOrdersMiddlewares,
    ...adminSellersMiddlewares,
    ...storeSellersMiddlewares,
    ...storeProductSearchMiddlewares,
    ...storeProductsMiddlewares,
    ...storeProductsVisibilityMiddlewares,
    ...storeOrderGroupsMiddlewares,
  ],
})
