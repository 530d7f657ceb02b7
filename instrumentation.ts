// Loaded by `medusa start` (and `medusa develop`) before the app in every
// process role: Sentry when SENTRY_DSN is set (src/lib/sentry.ts).
import { initSentry } from "./src/lib/sentry"

export function register() {
  initSentry()
}
