import { defineMiddlewares } from "@medusajs/framework/http"
import { storeSellersMiddlewares } from "./store/sellers/middlewares"

export default defineMiddlewares({
  routes: [...storeSellersMiddlewares],
})
