/**
 * `@belanjain/page-builder/blocks`: the page blocks as React components,
 * shared by the admin editor and the storefront, and `PageRenderer` for a
 * whole page. Plain function components with inline styles and no hooks;
 * no server code (the validation schemas stay in `./schemas`).
 */
export * from "./types"
export * from "./components/shared"
export * from "./components/hero"
export * from "./components/rich-text"
export * from "./components/banner"
export * from "./components/product-grid"
export * from "./components/category-tiles"
export * from "./components/seller-spotlight"
export * from "./components/voucher-packages"
export * from "./components/columns"
export * from "./components/spacer"
export * from "./components/page-renderer"
