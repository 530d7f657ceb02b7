import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The files the /docs page loads, from the swagger-ui-dist package. */
const DIST_FILES = new Set([
  "swagger-ui.css",
  "swagger-ui-bundle.js",
  "favicon-16x16.png",
  "favicon-32x32.png",
])

/** Starts Swagger UI (a file rather than an inline script, for strict CSPs). */
const INIT = `window.ui = SwaggerUIBundle({
  url: "/docs/openapi.json",
  dom_id: "#swagger-ui",
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
  deepLinking: true,
  persistAuthorization: true,
})
`

let distDir: string | undefined

/** GET /docs/assets/:file, no authentication: Swagger UI's files, cached a day. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const file = req.params.file
  if (file === "init.js") {
    res.setHeader("Content-Type", "text/javascript; charset=utf-8")
    res.setHeader("Cache-Control", "no-cache")
    return res.send(INIT)
  }
  if (!DIST_FILES.has(file)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No docs asset ${file}`)
  }
  distDir ??= path.dirname(require.resolve("swagger-ui-dist/package.json"))
  res.sendFile(path.join(distDir, file), { maxAge: "1d" })
}
