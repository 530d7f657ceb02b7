import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMessagesMiddlewares } from "./admin/marketplace/messages/middlewares"
import { adminMarketplaceAnalyticsMiddlewares } from "./admin/marketplace/analytics/middlewares"
import { adminSellersMiddlewares } from "./admin/sellers/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { storeCartCompleteMiddlewares } from "./store/carts/[id]/complete/middlewares"
import {
  storeProductsMiddlewares,
  storeProductsVisibilityMiddlewares,
} from "./store/products/middlewares"
import { storeProductSearchMiddlewares } from "./store/products/search/middlewares"
import { storeBoughtTogetherMiddlewares } from "./store/products/[id]/bought-together/middlewares"
import { storeOrderGroupsMiddlewares } from "./store/order-groups/middlewares"
import { storePushSubscriptionsMiddlewares } from "./store/push-subscriptions/middlewares"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { vendorAnalyticsMiddlewares } from "./vendor/analytics/middlewares"
import { vendorInventoryMiddlewares } from "./vendor/inventory/middlewares"
import { vendorAuthMiddlewares } from "./vendor/middlewares"
import { vendorOrdersMiddlewares } from "./vendor/orders/middlewares"
import { vendorProductsMiddlewares } from "./vendor/products/middlewares"
import { vendorSellersMiddlewares } from "./vendor/sellers/middlewares"
import { vendorShippingOptionsMiddlewares } from "./vendor/shipping-options/middlewares"

export default defineMiddlewares({
  routes: [
    ...authMiddlewares,
    ...vendorAuthMiddlewares,
    ...vendorSellersMiddlewares,
    ...vendorProductsMiddlewares,
    ...vendorInventoryMiddlewares,
    ...vendorShippingOptionsMiddlewares,
    ...vendorOrdersMiddlewares,
    ...vendorAnalyticsMiddlewares,
    ...adminSellersMiddlewares,
    ...adminMessagesMiddlewares,
    ...adminMarketplaceAnalyticsMiddlewares,
    ...storeSellersMiddlewares,
    ...storeProductSearchMiddlewares,
    ...storeBoughtTogetherMiddlewares,
    ...storeProductsMiddlewares,
    ...storeProductsVisibilityMiddlewares,
    ...storeCartCompleteMiddlewares,
    ...storeCartsMiddlewares,
    ...storeOrderGroupsMiddlewares,
    ...storePushSubscriptionsMiddlewares,
  ],
})
