import Medusa from "@medusajs/js-sdk"

/** The Medusa JS SDK, authenticated with the operator's admin session. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
