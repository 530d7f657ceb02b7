/**
 * Builds a plugin's OpenAPI 3.1 paths and components from its route table
 * and the same zod validators its middlewares apply, so the document cannot
 * drift from what the routes accept. The same file is in every Belanjain
 * plugin (each plugin must work on its own); the app's OpenAPI test checks
 * that the copies are identical.
 */
import { z } from "@medusajs/framework/zod"

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

/** How the zod validators become JSON Schema (draft 2020-12, OpenAPI 3.1's dialect). */
export function toSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    // `z.coerce.date()` query parameters: an ISO date or date-time string.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === "date") {
        jsonSchema.type = "string"
        jsonSchema.format = "date-time"
      }
    },
  }) as Record<string, unknown>
  delete json.$schema
  return json
}

export const SECURITY_SCHEMES = {
  publishableApiKey: {
    type: "apiKey",
    in: "header",
    name: "x-publishable-api-key",
    description: "A publishable API key (required on every /store route).",
  },
  bearer: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "A token from POST /auth/{actor}/emailpass: user for /admin, customer for /store, seller for /vendor.",
  },
  session: {
    type: "apiKey",
    in: "cookie",
    name: "connect.sid",
    description: "A session cookie from POST /auth/session.",
  },
  secretApiKey: {
    type: "http",
    scheme: "basic",
    description: "An admin secret API key as the Basic user name (/admin).",
  },
}

const SECURITY: Record<OpenApiAuth, Record<string, string[]>[]> = {
  store: [{ publishableApiKey: [] }],
  customer: [
    { publishableApiKey: [], bearer: [] },
    { publishableApiKey: [], session: [] },
  ],
  admin: [{ bearer: [] }, { session: [] }, { secretApiKey: [] }],
  seller: [{ bearer: [] }, { session: [] }],
  "seller-registration": [{ bearer: [] }],
  none: [],
}

const ERROR_SCHEMA = {
  type: "object",
  properties: { type: { type: "string" }, message: { type: "string" } },
}

const error = (description: string) => ({
  description,
  content: {
    "application/json": { schema: { $ref: "#/components/schemas/Error" } },
  },
})

/** `get` + `/vendor/products/{id}/publish` → `getVendorProductsIdPublish`. */
export function operationId(method: string, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean)
  return method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")
}

function queryParameters(schema: z.ZodType) {
  const json = toSchema(schema)
  const properties = (json.properties ?? {}) as Record<string, unknown>
  const required = new Set((json.required ?? []) as string[])
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape ?? {}
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query",
    // A preprocessed parameter shows as required in JSON Schema even when
    // it has a default: what counts is whether it may be left out.
    required: required.has(name) && !shape[name]?.safeParse(undefined).success,
    schema: property,
    // `created_at[gte]=…`, as Medusa's query parser reads objects.
    ...((property as { type?: unknown }).type === "object"
      ? { style: "deepObject", explode: true }
      : {}),
  }))
}

/** The plugin's tag, paths and components, to serve alone or merged by the app. */
export function buildOpenApiPart(
  tag: { name: string; description: string },
  operations: OpenApiOperation[]
): OpenApiPart {
  const paths: OpenApiPart["paths"] = {}
  const schemas: Record<string, unknown> = { Error: ERROR_SCHEMA }
  for (const op of operations) {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }))
    const responses: Record<string, unknown> = {
      [op.status ?? 200]: {
        description: "OK",
        content: { "application/json": { schema: { type: "object" } } },
      },
    }
    if (op.body || op.query || op.rawBody || op.auth !== "none") {
      responses[400] = error(
        "Invalid request (or, on /store, no publishable key)"
      )
    }
    if (op.auth !== "none" && op.auth !== "store") {
      responses[401] = error("Not authenticated")
    }
    if (pathParams.length) responses[404] = error("Not found")
    for (const [status, description] of Object.entries(op.errors ?? {})) {
      responses[status] = error(description)
    }

    let requestBody: unknown
    if (op.body) {
      const name = op.bodyName ?? operationId(op.method, op.path) + "Body"
      schemas[name] = toSchema(op.body)
      requestBody = {
        required: true,
        content: {
          "application/json": {
            schema: { $ref: `#/components/schemas/${name}` },
          },
        },
      }
    } else if (op.rawBody) {
      requestBody = {
        required: true,
        content: { [op.rawBody.contentType]: { schema: op.rawBody.schema } },
      }
    }

    paths[op.path] ??= {}
    paths[op.path][op.method] = {
      operationId: operationId(op.method, op.path),
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [tag.name],
      parameters: [
        ...pathParams,
        ...(op.query ? queryParameters(op.query) : []),
      ],
      ...(requestBody ? { requestBody } : {}),
      security: SECURITY[op.auth],
      responses,
    }
  }
  return {
    tags: [tag],
    paths,
    components: { schemas, securitySchemes: SECURITY_SCHEMES },
  }
}
