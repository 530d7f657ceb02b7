/**
 * A fake WhatsApp for tests: one HTTP server on 127.0.0.1 (random port) that
 * speaks both transports of the WhatsApp notification provider with their
 * real shapes: the Cloud API's `POST /{version}/{phone_number_id}/messages`
 * (Bearer token, Graph-style errors) and a Fonnte-style gateway's `POST /send`
 * (raw token in `Authorization`, form body, HTTP 200 with `status: false` on
 * refusal). Failures can be injected with `failNext`.
 *
 * Point the provider at it with `base_url: fake.cloudBaseUrl` (cloud) or
 * `url: fake.gatewayUrl` (gateway).
 */
import { randomBytes } from "node:crypto"
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http"
import type { AddressInfo } from "node:net"

export type FakeWhatsAppTransport = "cloud" | "gateway"

/**
 * - "error": cloud answers 500 with a Graph error (code 1); the gateway
 *   answers 500 with `{ status: false, reason: "internal server error" }`.
 * - "rejected": cloud answers 400 "(#100) Invalid parameter"; the gateway
 *   answers 200 `{ status: false, reason: "invalid target" }`.
 * - "down": the socket is destroyed without an answer.
 * - "hang": no answer until the client gives up or the fake is closed.
 */
export type FakeWhatsAppFailMode = "error" | "rejected" | "down" | "hang"

export interface FakeWhatsAppOptions {
  /** Bearer token the Cloud endpoint accepts. */
  accessToken?: string
  /** The only phone_number_id the Cloud endpoint knows. */
  phoneNumberId?: string
  /** `Authorization` header value the gateway accepts. */
  gatewayToken?: string
}

/** A message the fake accepted. */
export interface FakeWhatsAppMessage {
  transport: FakeWhatsAppTransport
  /** "wamid.…" (cloud) or a numeric string (gateway). */
  id: string
  /** The recipient as received (gateway: after its countryCode rule). */
  to: string
  /** Text body; for templates the body parameters joined with "\n". */
  text: string
  /** The request body: parsed JSON (cloud) or the form fields (gateway). */
  raw: unknown
}

/** Every request the fake received, accepted or not. */
export interface FakeWhatsAppRequest {
  /** "unknown" for paths that are neither endpoint (answered 404). */
  transport: FakeWhatsAppTransport | "unknown"
  method: string
  path: string
  headers: IncomingHttpHeaders
  /** HTTP status answered; 0 when there was no answer ("down", "hang"). */
  status: number
  /** Parsed JSON or form fields; the raw text when it could not be parsed. */
  body: unknown
  /** The injected failure that answered this request, if any. */
  failure?: FakeWhatsAppFailMode
}

export interface FakeWhatsApp {
  /** e.g. "http://127.0.0.1:43123" */
  url: string
  /** Cloud `base_url` (the Graph paths are served at the root). */
  cloudBaseUrl: string
  /** Gateway `url`: `${url}/send`. */
  gatewayUrl: string
  accessToken: string
  phoneNumberId: string
  gatewayToken: string
  messages: FakeWhatsAppMessage[]
  requests: FakeWhatsAppRequest[]
  /** The next `n` requests to either endpoint fail with `mode` (default "error"). */
  failNext(n: number, mode?: FakeWhatsAppFailMode): void
  /** Forgets messages, requests and pending failures. */
  reset(): void
  /** Stops the server, dropping open (e.g. hanging) connections. */
  close(): Promise<void>
}

export const FAKE_WHATSAPP_DEFAULTS = {
  accessToken: "EAAG-fake-whatsapp-access-token",
  phoneNumberId: "106540352242922",
  gatewayToken: "fake-fonnte-device-token",
} as const

const MAX_BODY_BYTES = 1_000_000
const CLOUD_PATH = /^\/(v\d+\.\d+)\/([^/]+)\/messages\/?$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on("end", () =>
      resolve(tooLarge ? null : Buffer.concat(chunks).toString("utf8"))
    )
    req.on("error", reject)
  })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** Form fields of a urlencoded (or JSON) body; a string when unparsable. */
function parseForm(text: string, contentType: string): unknown {
  if (contentType.includes("multipart/")) return text
  if (contentType.includes("application/json")) {
    const parsed = parseJson(text)
    if (!isRecord(parsed)) return text
    return Object.fromEntries(
      Object.entries(parsed).map(([k, v]) => [k, String(v)])
    )
  }
  return Object.fromEntries(new URLSearchParams(text))
}

function fbtraceId(): string {
  return randomBytes(8).toString("base64url")
}

function graphError(
  message: string,
  code: number,
  extra: Record<string, unknown> = {},
  type = "OAuthException"
): { error: Record<string, unknown> } {
  return {
    error: { message, type, code, ...extra, fbtrace_id: fbtraceId() },
  }
}

function invalidParameter(details: string): { error: Record<string, unknown> } {
  return graphError("(#100) Invalid parameter", 100, {
    error_data: { messaging_product: "whatsapp", details },
  })
}

function isPhoneDigits(value: string): boolean {
  return /^\d{8,15}$/.test(value)
}

type Answer = { status: number; body: unknown }
type Accepted = { to: string; text: string }

/** Validates a Cloud API message body: the accepted message or an error answer. */
function checkCloudMessage(body: unknown): Accepted | Answer {
  if (!isRecord(body)) {
    return {
      status: 400,
      body: invalidParameter("The request body must be JSON."),
    }
  }
  if (body.messaging_product !== "whatsapp") {
    return {
      status: 400,
      body: graphError(
        "(#100) The parameter messaging_product is required.",
        100
      ),
    }
  }
  if (
    body.recipient_type !== undefined &&
    body.recipient_type !== "individual"
  ) {
    return {
      status: 400,
      body: invalidParameter("recipient_type must be individual"),
    }
  }
  if (typeof body.to !== "string" || !body.to) {
    return {
      status: 400,
      body: graphError("(#100) The parameter to is required.", 100),
    }
  }
  const to = body.to.replace(/^\+/, "")
  if (!isPhoneDigits(to)) {
    return {
      status: 400,
      body: invalidParameter(`Invalid recipient number: ${body.to}`),
    }
  }
  if (body.type === "text" || body.type === undefined) {
    const text = body.text
    if (!isRecord(text) || typeof text.body !== "string" || !text.body.trim()) {
      return {
        status: 400,
        body: graphError("(#100) The parameter text['body'] is required.", 100),
      }
    }
    if (text.body.length > 4096) {
      return {
        status: 400,
        body: invalidParameter("text['body'] is longer than 4096 characters"),
      }
    }
    if (
      text.preview_url !== undefined &&
      typeof text.preview_url !== "boolean"
    ) {
      return {
        status: 400,
        body: invalidParameter("text['preview_url'] must be a boolean"),
      }
    }
    return { to: body.to, text: text.body }
  }
  if (body.type === "template") {
    const template = body.template
    if (
      !isRecord(template) ||
      typeof template.name !== "string" ||
      !template.name
    ) {
      return {
        status: 400,
        body: graphError(
          "(#100) The parameter template['name'] is required.",
          100
        ),
      }
    }
    if (
      !isRecord(template.language) ||
      typeof template.language.code !== "string"
    ) {
      return {
        status: 400,
        body: graphError(
          "(#100) The parameter template['language']['code'] is required.",
          100
        ),
      }
    }
    const components = template.components ?? []
    if (!Array.isArray(components)) {
      return {
        status: 400,
        body: invalidParameter("template['components'] must be an array"),
      }
    }
    const lines: string[] = []
    for (const component of components) {
      if (!isRecord(component) || typeof component.type !== "string") {
        return {
          status: 400,
          body: invalidParameter("each component needs a type"),
        }
      }
      if (component.type !== "body") continue
      const parameters = component.parameters ?? []
      if (!Array.isArray(parameters)) {
        return {
          status: 400,
          body: invalidParameter("component parameters must be an array"),
        }
      }
      for (const parameter of parameters) {
        if (
          !isRecord(parameter) ||
          parameter.type !== "text" ||
          typeof parameter.text !== "string"
        ) {
          return {
            status: 400,
            body: invalidParameter(
              "body parameters must be { type: 'text', text }"
            ),
          }
        }
        if (/[\n\t]| {5,}/.test(parameter.text)) {
          return {
            status: 400,
            body: graphError(
              "(#132018) There was an issue with the parameters in your template.",
              132018,
              {
                error_data: {
                  messaging_product: "whatsapp",
                  details:
                    "Param text cannot have new-line/tab characters or more than 4 consecutive spaces",
                },
              }
            ),
          }
        }
        lines.push(parameter.text)
      }
    }
    return { to: body.to, text: lines.join("\n") }
  }
  return {
    status: 400,
    body: invalidParameter(
      `Unsupported message type in the fake: ${String(body.type)}`
    ),
  }
}

/**
 * Starts the fake. Resolves once it listens; `close()` it after the tests.
 */
export async function startFakeWhatsApp(
  opts: FakeWhatsAppOptions = {}
): Promise<FakeWhatsApp> {
  const accessToken = opts.accessToken ?? FAKE_WHATSAPP_DEFAULTS.accessToken
  const phoneNumberId =
    opts.phoneNumberId ?? FAKE_WHATSAPP_DEFAULTS.phoneNumberId
  const gatewayToken = opts.gatewayToken ?? FAKE_WHATSAPP_DEFAULTS.gatewayToken

  const messages: FakeWhatsAppMessage[] = []
  const requests: FakeWhatsAppRequest[] = []
  const failures: FakeWhatsAppFailMode[] = []
  let nextGatewayId = 80_000_000 + Math.floor(Math.random() * 1_000_000)
  let nextRequestId = 2_900_000

  function answer(
    res: ServerResponse,
    record: FakeWhatsAppRequest,
    status: number,
    body: unknown
  ): void {
    record.status = status
    const text = JSON.stringify(body)
    res.writeHead(status, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(text),
    })
    res.end(text)
  }

  function handleCloud(
    req: IncomingMessage,
    res: ServerResponse,
    record: FakeWhatsAppRequest,
    pathPhoneNumberId: string
  ): void {
    if (req.headers.authorization !== `Bearer ${accessToken}`) {
      answer(res, record, 401, graphError("Invalid OAuth access token.", 190))
      return
    }
    if (pathPhoneNumberId !== phoneNumberId) {
      answer(
        res,
        record,
        400,
        graphError(
          `Unsupported post request. Object with ID '${pathPhoneNumberId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
          100,
          { error_subcode: 33 },
          "GraphMethodException"
        )
      )
      return
    }
    const checked = checkCloudMessage(record.body)
    if ("status" in checked) {
      answer(res, record, checked.status, checked.body)
      return
    }
    const id = `wamid.${randomBytes(30).toString("base64url")}`
    messages.push({
      transport: "cloud",
      id,
      to: checked.to,
      text: checked.text,
      raw: record.body,
    })
    const isTemplate = isRecord(record.body) && record.body.type === "template"
    answer(res, record, 200, {
      messaging_product: "whatsapp",
      contacts: [{ input: checked.to, wa_id: checked.to.replace(/^\+/, "") }],
      messages: [isTemplate ? { id, message_status: "accepted" } : { id }],
    })
  }

  function handleGateway(
    req: IncomingMessage,
    res: ServerResponse,
    record: FakeWhatsAppRequest
  ): void {
    if (req.headers.authorization !== gatewayToken) {
      answer(res, record, 200, { status: false, reason: "invalid token" })
      return
    }
    const form = record.body
    if (!isRecord(form)) {
      answer(res, record, 200, {
        status: false,
        reason: "unreadable form (the fake parses urlencoded or JSON bodies)",
      })
      return
    }
    const target = typeof form.target === "string" ? form.target : ""
    const message = typeof form.message === "string" ? form.message : ""
    const countryCode =
      typeof form.countryCode === "string" && form.countryCode
        ? form.countryCode
        : "62"
    if (!target.trim()) {
      answer(res, record, 200, { status: false, reason: "input invalid" })
      return
    }
    if (!message.trim()) {
      answer(res, record, 200, { status: false, reason: "message invalid" })
      return
    }
    // Fonnte: comma-separated targets; a leading 0 becomes countryCode ("0" disables).
    const targets = target
      .split(",")
      .map((t) => t.trim().replace(/^\+/, ""))
      .map((t) =>
        t.startsWith("0") && countryCode !== "0" ? countryCode + t.slice(1) : t
      )
    if (!targets.every(isPhoneDigits)) {
      answer(res, record, 200, { status: false, reason: "invalid target" })
      return
    }
    const ids = targets.map(() => String(nextGatewayId++))
    targets.forEach((to, i) =>
      messages.push({
        transport: "gateway",
        id: ids[i],
        to,
        text: message,
        raw: form,
      })
    )
    answer(res, record, 200, {
      detail: "success! message in queue",
      id: ids,
      process: "pending",
      requestid: nextRequestId++,
      status: true,
      target: targets,
    })
  }

  function fail(
    mode: FakeWhatsAppFailMode,
    req: IncomingMessage,
    res: ServerResponse,
    record: FakeWhatsAppRequest
  ): void {
    record.failure = mode
    const cloud = record.transport === "cloud"
    switch (mode) {
      case "down":
        req.socket.destroy()
        return
      case "hang":
        return
      case "rejected":
        if (cloud) {
          answer(res, record, 400, invalidParameter("Injected rejection"))
        } else {
          answer(res, record, 200, { status: false, reason: "invalid target" })
        }
        return
      case "error":
        if (cloud) {
          answer(
            res,
            record,
            500,
            graphError("An unknown error has occurred.", 1, {
              error_subcode: 99,
            })
          )
        } else {
          answer(res, record, 500, {
            status: false,
            reason: "internal server error",
          })
        }
        return
    }
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]
    const method = req.method ?? "GET"
    const cloudMatch = CLOUD_PATH.exec(path)
    const transport: FakeWhatsAppRequest["transport"] = cloudMatch
      ? "cloud"
      : path === "/send"
        ? "gateway"
        : "unknown"
    const text = await readBody(req)
    const contentType = String(req.headers["content-type"] ?? "")
    const body =
      text === null
        ? undefined
        : !text
          ? undefined
          : transport === "gateway"
            ? parseForm(text, contentType)
            : parseJson(text)
    const record: FakeWhatsAppRequest = {
      transport,
      method,
      path,
      headers: req.headers,
      status: 0,
      body,
    }
    requests.push(record)

    if (text === null) {
      answer(res, record, 413, {
        error: { message: "Request body too large", code: 100 },
      })
      return
    }
    if (transport === "unknown") {
      answer(res, record, 404, {
        error: { message: `Unknown path ${path}`, code: 100 },
      })
      return
    }
    if (method !== "POST") {
      if (transport === "cloud") {
        answer(
          res,
          record,
          400,
          graphError(`Unsupported ${method.toLowerCase()} request.`, 100)
        )
      } else {
        answer(res, record, 405, {
          status: false,
          reason: "method not allowed",
        })
      }
      return
    }
    const failure = failures.shift()
    if (failure) {
      fail(failure, req, res, record)
      return
    }
    if (cloudMatch) {
      handleCloud(req, res, record, decodeURIComponent(cloudMatch[2]))
    } else {
      handleGateway(req, res, record)
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "application/json" })
        res.end(JSON.stringify({ error: { message: String(error), code: 1 } }))
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  return {
    url,
    cloudBaseUrl: url,
    gatewayUrl: `${url}/send`,
    accessToken,
    phoneNumberId,
    gatewayToken,
    messages,
    requests,
    failNext(n: number, mode: FakeWhatsAppFailMode = "error"): void {
      for (let i = 0; i < n; i++) failures.push(mode)
    },
    reset(): void {
      messages.length = 0
      requests.length = 0
      failures.length = 0
    },
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
