export * from "./reviews/workflows"
export { refreshProductRatingsStep } from "./reviews/steps/refresh-product-ratings"
export {
  deliveredOrderWithProduct,
  verifyPurchaseStep,
} from "./reviews/steps/verify-purchase"
