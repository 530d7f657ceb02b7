import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  buildOpenApiDocument,
  type OpenApiDocument,
} from "../../../lib/openapi"

let document: OpenApiDocument | undefined

/**
 * GET /docs/openapi.json, no authentication (Medusa authenticates only
 * /admin, /store and /auth): the OpenAPI 3.1 document of the installed
 * plugins' routes and the app's, built once per process.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  if (!document) {
    const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    document = buildOpenApiDocument(config.plugins ?? [])
  }
  res.setHeader("Cache-Control", "no-cache")
  res.json(document)
}
