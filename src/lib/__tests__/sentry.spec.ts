import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import type { AddressInfo } from "node:net"
import zlib from "node:zlib"
import express from "express"
import { MedusaError } from "@medusajs/framework/utils"
import { initSentry, sentryOptions } from "../sentry"
import { sentryErrorHandler } from "../sentry-error-handler"

/**
 * Sentry on the server against a fake Sentry ingest on 127.0.0.1 that takes
 * envelopes as sentry.io does (POST /api/<project>/envelope/, one JSON
 * header line, then item header and payload lines): the real @sentry/node
 * client and its HTTP transport run.
 */
type Envelope = { header: any; items: { header: any; payload: any }[] }

function startFakeSentry() {
  const envelopes: Envelope[] = []
  const paths: string[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      paths.push(req.url ?? "")
      let body = Buffer.concat(chunks)
      if (req.headers["content-encoding"] === "gzip")
        body = zlib.gunzipSync(body)
      const lines = body.toString("utf8").split("\n").filter(Boolean)
      const items: Envelope["items"] = []
      for (let i = 1; i < lines.length; i += 2)
        items.push({
          header: JSON.parse(lines[i]),
          payload: JSON.parse(lines[i + 1] ?? "null"),
        })
      envelopes.push({ header: JSON.parse(lines[0]), items })
      res.writeHead(200, { "content-type": "application/json" })
      res.end("{}")
    })
  })
  return new Promise<{
    url: string
    envelopes: Envelope[]
    paths: string[]
    close: () => Promise<void>
  }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `127.0.0.1:${port}`,
        envelopes,
        paths,
        close: () => new Promise((r) => server.close(() => r())),
      })
    })
  )
}

const events = (envelopes: Envelope[]) =>
  envelopes.flatMap((e) =>
    e.items.filter((i) => i.header.type === "event").map((i) => i.payload)
  )

describe("sentryOptions", () => {
  it("is off without SENTRY_DSN, and takes environment, release and role from the environment", () => {
    expect(sentryOptions({})).toBeUndefined()
    expect(sentryOptions({ SENTRY_DSN: "  " })).toBeUndefined()
    const options = sentryOptions({
      SENTRY_DSN: "https://key@sentry.example/7",
      NODE_ENV: "production",
      BELANJAIN_TAG: "1.4.0",
      MEDUSA_WORKER_MODE: "worker",
    })
    expect(options).toMatchObject({
      dsn: "https://key@sentry.example/7",
      environment: "production",
      release: "1.4.0",
      initialScope: { tags: { process_role: "worker" } },
      dataCollection: { cookies: false, httpHeaders: false, httpBodies: [] },
    })
    expect(
      sentryOptions({
        SENTRY_DSN: "https://key@sentry.example/7",
        SENTRY_ENVIRONMENT: "staging",
        SENTRY_RELEASE: "abc123",
      })
    ).toMatchObject({ environment: "staging", release: "abc123" })
  })
})

describe("the API error handler with SENTRY_DSN set", () => {
  let fake: Awaited<ReturnType<typeof startFakeSentry>>
  let server: http.Server
  let base = ""

  beforeAll(async () => {
    fake = await startFakeSentry()
    const Sentry = initSentry({
      SENTRY_DSN: `http://publickey@${fake.url}/42`,
      NODE_ENV: "test",
    })
    expect(Sentry).toBeTruthy()
    const logger = { error: () => undefined, info: () => undefined }
    const app = express()
    app.use((req: any, _res, next) => {
      req.scope = { resolve: () => logger }
      req.requestId = req.headers["x-request-id"]
      next()
    })
    app.get("/vendor/things/:id", () => {
      throw new Error("kaboom: the database went away")
    })
    app.get("/vendor/bad", () => {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "name is required")
    })
    app.use(sentryErrorHandler() as any)
    server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s))
    })
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await initSentry()?.close(2000)
    await new Promise((r) => server.close(r))
    await fake.close()
  })

  it("reports a 500 with its request id and route, and answers as Medusa does", async () => {
    const res = await fetch(`${base}/vendor/things/prod_123?secret=s3`, {
      headers: { "x-request-id": "req-abc-1", cookie: "connect.sid=private" },
    })
    expect(res.status).toBe(500)
    expect(await res.json()).toMatchObject({
      message: "An unknown error occurred.",
    })
    await initSentry()!.flush(5000)

    expect(fake.paths).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/api\/42\/envelope\//)])
    )
    const [event] = events(fake.envelopes)
    expect(event.exception.values[0]).toMatchObject({
      type: "Error",
      value: "kaboom: the database went away",
    })
    expect(event.tags).toMatchObject({
      request_id: "req-abc-1",
      "http.method": "GET",
      "http.status_code": "500",
      process_role: "shared",
    })
    expect(event.contexts.request).toEqual({
      method: "GET",
      route: "/vendor/things/:id",
    })
    expect(event.environment).toBe("test")
    // Nothing of the shopper's request: no cookie, no query string.
    const text = JSON.stringify(fake.envelopes)
    expect(text).not.toContain("connect.sid")
    expect(text).not.toContain("s3")
  })

  it("does not report a 4xx answer", async () => {
    const before = events(fake.envelopes).length
    const res = await fetch(`${base}/vendor/bad`)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      type: "invalid_data",
      message: "name is required",
    })
    await initSentry()!.flush(5000)
    expect(events(fake.envelopes)).toHaveLength(before)
  })
})

describe("instrumentation.ts", () => {
  // `medusa start` loads instrumentation.ts before the app's loaders. When
  // it pulled in @medusajs/framework/http that early, the cart's per-seller
  // shipping options went missing in the storefront's voucher + cardigan
  // checkout (browser test); so what it loads must stay free of Medusa.
  it("loads nothing of Medusa's at boot", () => {
    const runtimeImports = (file: string) =>
      [
        ...fs
          .readFileSync(path.join(__dirname, "../../..", file), "utf8")
          .matchAll(/^import (?!type )[^\n]*from "([^"]+)"/gm),
      ].map((m) => m[1])
    expect(runtimeImports("instrumentation.ts")).toEqual(["./src/lib/sentry"])
    expect(runtimeImports("src/lib/sentry.ts")).toEqual([])
  })
})
