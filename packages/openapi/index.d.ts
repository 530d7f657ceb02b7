import type { z } from "@medusajs/framework/zod"

/** Who may call an operation (how Medusa and the plugin authenticate it). */
export type OpenApiAuth =
  /** Every /store route: a publishable API key. */
  | "store"
  /** A /store route for a signed-in customer (publishable key too). */
  | "customer"
  /** /admin: an admin user (JWT, session cookie or secret API key). */
  | "admin"
  /** /vendor: a member of a seller (JWT with the `seller` actor or session). */
  | "seller"
  /** /vendor sign-up routes: the JWT from `POST /auth/seller/emailpass/register`. */
  | "seller-registration"
  /** No authentication. */
  | "none"

export type OpenApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete"
  /** OpenAPI path, parameters as `{id}` (the route folder `[id]`). */
  path: string
  summary: string
  description?: string
  auth: OpenApiAuth
  /** The body validator of `validateAndTransformBody`. */
  body?: z.ZodType
  /** Component name of the body schema (the validator's export name). */
  bodyName?: string
  /** A body that is not JSON (e.g. multipart uploads), described as is. */
  rawBody?: { contentType: string; schema: Record<string, unknown> }
  /** The query validator of `validateAndTransformQuery`. */
  query?: z.ZodType
  /** Success status (200 unless the route answers e.g. 201). */
  status?: number
  /** Further answers the route gives, e.g. `{ 409: "Not pending" }`. */
  errors?: Record<number, string>
}

export type OpenApiPart = {
  tags: { name: string; description: string }[]
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, unknown>
    securitySchemes: Record<string, unknown>
  }
}

/** How a zod validator becomes JSON Schema (draft 2020-12, OpenAPI 3.1's dialect). */
export function toSchema(schema: z.ZodType): Record<string, unknown>

/** `get` + `/vendor/products/{id}/publish` → `getVendorProductsIdPublish`. */
export function operationId(method: string, path: string): string

/** The plugin's tag, paths and components, to serve alone or merged by the app. */
export function buildOpenApiPart(
  tag: { name: string; description: string },
  operations: OpenApiOperation[]
): OpenApiPart

export const SECURITY_SCHEMES: Record<string, Record<string, unknown>>
