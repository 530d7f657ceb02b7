import { randomUUID } from "node:crypto"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

/**
 * Request ids. Medusa gives every request `req.requestId` (the caller's
 * `X-Request-ID`, else a new UUID) and writes it as `request_id` in its JSON
 * HTTP log lines (production mode). This middleware sends it back as the
 * `X-Request-ID` response header (readable by browser clients on other
 * origins), so a shopper's or integrator's error report can be found in the
 * logs. A caller's id is kept only when it looks like one (1–128 of
 * `A–Z a–z 0–9 . _ : -`, as load balancers and tracing proxies send);
 * anything else is replaced by a new UUID, in the log too.
 */
export const REQUEST_ID_HEADER = "X-Request-ID"
const VALID_ID = /^[A-Za-z0-9._:-]{1,128}$/

export function requestIdMiddleware(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const r = req as MedusaRequest & { requestId?: unknown }
  const id =
    typeof r.requestId === "string" && VALID_ID.test(r.requestId)
      ? r.requestId
      : randomUUID()
  r.requestId = id
  res.setHeader(REQUEST_ID_HEADER, id)
  const exposed = res.getHeader("Access-Control-Expose-Headers")
  res.setHeader(
    "Access-Control-Expose-Headers",
    exposed ? `${exposed}, ${REQUEST_ID_HEADER}` : REQUEST_ID_HEADER
  )
  next()
}
