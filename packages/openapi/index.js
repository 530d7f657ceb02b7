/**
 * @belanjain/openapi: builds a Medusa plugin's OpenAPI 3.1 paths and
 * components from its route table and the same zod validators its
 * middlewares apply, so the document cannot drift from what the routes
 * accept. Every Belanjain plugin that has routes uses it (its
 * `<plugin>/openapi` export); the app merges the parts (src/lib/openapi.ts).
 * Types: index.d.ts.
 */
"use strict"

const { z } = require("@medusajs/framework/zod")

/** How a zod validator becomes JSON Schema (draft 2020-12, OpenAPI 3.1's dialect). */
function toSchema(schema) {
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
  })
  delete json.$schema
  return json
}

const SECURITY_SCHEMES = {
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

/** The security requirement of each kind of caller (OpenApiAuth). */
const SECURITY = {
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

const error = (description) => ({
  description,
  content: {
    "application/json": { schema: { $ref: "#/components/schemas/Error" } },
  },
})

/** `get` + `/vendor/products/{id}/publish` → `getVendorProductsIdPublish`. */
function operationId(method, path) {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean)
  return method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")
}

function queryParameters(schema) {
  const json = toSchema(schema)
  const properties = json.properties ?? {}
  const required = new Set(json.required ?? [])
  const shape = schema.shape ?? {}
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query",
    // A preprocessed parameter shows as required in JSON Schema even when
    // it has a default: what counts is whether it may be left out.
    required: required.has(name) && !shape[name]?.safeParse(undefined).success,
    schema: property,
    // `created_at[gte]=…`, as Medusa's query parser reads objects.
    ...(property.type === "object"
      ? { style: "deepObject", explode: true }
      : {}),
  }))
}

/** The plugin's tag, paths and components, to serve alone or merged by the app. */
function buildOpenApiPart(tag, operations) {
  const paths = {}
  const schemas = { Error: ERROR_SCHEMA }
  for (const op of operations) {
    const security = SECURITY[op.auth]
    if (!security)
      throw new Error(`${op.method} ${op.path}: unknown auth "${op.auth}"`)
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }))
    const responses = {
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

    let requestBody
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
      security,
      responses,
    }
  }
  return {
    tags: [tag],
    paths,
    components: { schemas, securitySchemes: SECURITY_SCHEMES },
  }
}

module.exports = {
  toSchema,
  operationId,
  buildOpenApiPart,
  SECURITY_SCHEMES,
}
