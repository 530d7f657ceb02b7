import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRouterClient } from "../../../../../../providers/router"
import { retrievePublicRouter, vouchersService } from "../../../helpers"

/**
 * POST /admin/vouchers/routers/:id/ping — connects and looks up a user name
 * that does not exist: answers { ok, latency_ms } or { ok: false, error }.
 * Changes nothing on the router.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await retrievePublicRouter(req.scope, req.params.id)
  const started = Date.now()
  let client
  try {
    const { kind, connection } = await vouchersService(
      req.scope
    ).getRouterConnection(req.params.id)
    client = createRouterClient(kind, connection)
    await client.findUserByName(`belanjain-probe-${started}`)
    res.json({ ok: true, latency_ms: Date.now() - started })
  } catch (e) {
    res.json({ ok: false, error: e instanceof Error ? e.message : String(e) })
  } finally {
    await client?.close().catch(() => undefined)
  }
}
