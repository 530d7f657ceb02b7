// The demo's hotspot router: a fake MikroTik RouterOS (REST API, and the
// classic API on the next port) from @belanjain/vouchers/testing, so vouchers
// bought in the demo are really created on "a router". The seed points its
// router at 127.0.0.1:DEMO_ROUTER_PORT with the password from
// DEMO_ROUTER_PASSWORD. DEMO_ROUTER=false turns it off (e.g. to use a real
// router). The fake keeps its users in memory: a restart forgets them.
import { log } from "./env.mjs"

export async function startDemoRouter() {
  if (process.env.DEMO_ROUTER === "false") return null
  const port = Number(process.env.DEMO_ROUTER_PORT || 18728)
  process.env.DEMO_ROUTER_PORT = String(port)
  process.env.DEMO_ROUTER_PASSWORD ||= "demo-router-password"
  const testing = await import("@belanjain/vouchers/testing")
  const { startFakeRouterOS } = testing.startFakeRouterOS
    ? testing
    : testing.default
  try {
    const router = await startFakeRouterOS({
      username: "admin",
      password: process.env.DEMO_ROUTER_PASSWORD,
      restPort: port,
      apiPort: port + 1,
    })
    log(
      `demo hotspot router (fake RouterOS) on 127.0.0.1:${port} (REST), :${port + 1} (API)`
    )
    return router
  } catch (e) {
    log(
      `demo hotspot router not started (${e.message}): voucher purchases will wait for a router`
    )
    return null
  }
}
