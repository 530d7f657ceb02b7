export * from "./pages/workflows"
export {
  getPublishedPage,
  invalidatePages,
  publicPage,
} from "./pages/utils/cache"
export {
  createPreviewToken,
  verifyPreviewToken,
} from "./pages/utils/preview-token"
