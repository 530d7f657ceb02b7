/**
 * HTTP spec files that `npm test` runs together, one Medusa boot per group
 * instead of one per file (a boot — database, migrations, module loading —
 * costs 15–20 s of CPU). Each group runs from integration-tests/http/groups/
 * <name>.spec.ts; `npx jest <file>` still runs a member on its own.
 *
 * A member calls medusaIntegrationTestRunner with `testSuite` only (no env,
 * inApp or hooks) and has no top-level hooks or process.env writes: those
 * files stay on their own (runHttpGroup refuses runner options). Groups are
 * sized to similar run times so the two Jest workers finish together.
 */
const groups = {
  checkout: [
    "checkout/atomicity.spec.ts",
    "checkout/split-order.spec.ts",
    "checkout/demo-checkout.spec.ts",
  ],
  orders: [
    "orders/transitions.spec.ts",
    "orders/store-order-groups.spec.ts",
    "marketplace/seller-journey.spec.ts",
    "marketplace/store-sellers.spec.ts",
    "store/seller-page.spec.ts",
    "vendor/uploads.spec.ts",
  ],
  "order-actions": [
    "orders/cancel.spec.ts",
    "orders/vendor-orders.spec.ts",
    "notifications/notifications.spec.ts",
    "vendor/isolation-sweep.spec.ts",
  ],
  catalogue: [
    "reviews/reviews.spec.ts",
    "search/product-search.spec.ts",
    "store/bought-together.spec.ts",
    "vendor/products.spec.ts",
  ],
  shipping: [
    "seed/demo-seed.spec.ts",
    "shipping/seed-shipping.spec.ts",
    "shipping/cart-shipping.spec.ts",
    "shipping/seller-shipping.spec.ts",
    "shipping/vendor-shipping-options.spec.ts",
    "ops/docs.spec.ts",
    "ops/readiness.spec.ts",
  ],
  sellers: [
    "admin/sellers.spec.ts",
    "analytics/analytics.spec.ts",
    "vendor/seller-auth.spec.ts",
    "vendor/inventory.spec.ts",
    "admin/audit.spec.ts",
  ],
}

const seen = new Map()
for (const [name, files] of Object.entries(groups)) {
  for (const file of files) {
    if (seen.has(file))
      throw new Error(`${file} is in HTTP groups ${seen.get(file)} and ${name}`)
    seen.set(file, name)
  }
}

module.exports = { groups, grouped: [...seen.keys()] }
