import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkReadiness, type SqlClient } from "../../../lib/readiness"

/**
 * GET /health/ready, no authentication: 200 when the database (and Redis,
 * when REDIS_URL is set) answer, else 503 naming the failing check. Within
 * about a second either way (see src/lib/readiness.ts). Medusa's /health
 * stays the liveness check.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const db = req.scope.resolve<SqlClient>(
    ContainerRegistrationKeys.PG_CONNECTION
  )
  const result = await checkReadiness({ db, redisUrl: process.env.REDIS_URL })
  res.setHeader("Cache-Control", "no-store")
  res.status(result.status === "ok" ? 200 : 503).json(result)
}
