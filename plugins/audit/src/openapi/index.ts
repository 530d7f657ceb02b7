/**
 * The audit plugin's OpenAPI 3.1 operations: every route under src/api,
 * with the validators src/api/middlewares.ts applies.
 * `@belanjain/audit/openapi`.
 */
import { AdminListAuditEntries } from "../api/admin/audit-entries/validators"
import { buildOpenApiPart, type OpenApiOperation } from "@belanjain/openapi"

const TAG = {
  name: "audit",
  description:
    "@belanjain/audit: the audit log of operator and seller actions.",
}

export const auditOperations: OpenApiOperation[] = [
  {
    method: "get",
    path: "/admin/audit-entries",
    summary: "The audit log, newest first",
    auth: "admin",
    query: AdminListAuditEntries,
  },
]

/** The audit plugin's OpenAPI paths and components. */
export function auditOpenApi() {
  return buildOpenApiPart(TAG, auditOperations)
}

export default auditOpenApi
