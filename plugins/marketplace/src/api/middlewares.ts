import { defineMiddlewares } from "@medusajs/framework/http"
import { authMiddlewares } from "./auth/middlewares"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"
import { vendorAuthMiddlewares } from "./vendor/middlewares"
import { vendorSellersMiddlewares } from "./vendor/sellers/middlewares"

export default defineMiddlewares({
  routes: [
    ...authMiddlewares,
    ...vendorAuthMiddlewares,
    ...vendorSellersMiddlewares,
    ...storeSellersMiddlewares,
  ],
})
