/**
 * The page builder plugin's OpenAPI 3.1 operations: every route under
 * src/api, with the validators src/api/middlewares.ts applies.
 * `@belanjain/page-builder/openapi`.
 */
import {
  AdminCreatePage,
  AdminEmptyBody,
  AdminGetPagesParams,
  AdminRollbackPage,
  AdminUnpublishPage,
  AdminUpdatePage,
} from "../api/admin/pages/validators"
import { buildOpenApiPart, type OpenApiOperation } from "@belanjain/openapi"

const TAG = {
  name: "page-builder",
  description:
    "@belanjain/page-builder: pages built with the Puck editor, versions, previews and the cached store route.",
}

export const pageBuilderOperations: OpenApiOperation[] = [
  {
    method: "get",
    path: "/admin/pages",
    summary: "Pages without their content, newest change first",
    auth: "admin",
    query: AdminGetPagesParams,
  },
  {
    method: "post",
    path: "/admin/pages",
    summary: "Create a draft page",
    auth: "admin",
    body: AdminCreatePage,
    bodyName: "AdminCreatePage",
    status: 201,
  },
  {
    method: "get",
    path: "/admin/pages/{id}",
    summary: "A page with its draft content",
    auth: "admin",
  },
  {
    method: "post",
    path: "/admin/pages/{id}",
    summary: "Save a page's draft (the store keeps the published version)",
    auth: "admin",
    body: AdminUpdatePage,
    bodyName: "AdminUpdatePage",
  },
  {
    method: "delete",
    path: "/admin/pages/{id}",
    summary: "Delete a page",
    auth: "admin",
  },
  {
    method: "post",
    path: "/admin/pages/{id}/preview-token",
    summary: "A signed, expiring token to preview the draft in the store",
    auth: "admin",
    body: AdminEmptyBody,
    bodyName: "AdminEmptyBody",
  },
  {
    method: "post",
    path: "/admin/pages/{id}/publish",
    summary: "Publish the draft as the next version",
    auth: "admin",
    body: AdminEmptyBody,
    bodyName: "AdminEmptyBody",
  },
  {
    method: "post",
    path: "/admin/pages/{id}/rollback",
    summary: "Republish an earlier version as a new one",
    auth: "admin",
    body: AdminRollbackPage,
    bodyName: "AdminRollbackPage",
  },
  {
    method: "post",
    path: "/admin/pages/{id}/unpublish",
    summary: "Take a page out of the store (optionally archive it)",
    auth: "admin",
    body: AdminUnpublishPage,
    bodyName: "AdminUnpublishPage",
  },
  {
    method: "get",
    path: "/admin/pages/{id}/versions",
    summary: "Every publication of a page, newest first",
    auth: "admin",
  },
  {
    method: "get",
    path: "/store/pages/{slug}",
    summary: "A published page (cached; ETag and 304 supported)",
    description:
      "`?preview=<token>` from POST /admin/pages/{id}/preview-token shows the draft instead, never cached. The route reads its one query parameter itself (no zod pass on the hot path).",
    auth: "store",
    errors: { 304: "Not modified (If-None-Match matched the ETag)" },
  },
]

/** The page builder plugin's OpenAPI paths and components. */
export function pageBuilderOpenApi() {
  const part = buildOpenApiPart(TAG, pageBuilderOperations)
  const get = part.paths["/store/pages/{slug}"].get as {
    parameters: unknown[]
  }
  get.parameters.push({
    name: "preview",
    in: "query",
    required: false,
    schema: { type: "string" },
    description: "A preview token for the page's draft",
  })
  return part
}

export default pageBuilderOpenApi
