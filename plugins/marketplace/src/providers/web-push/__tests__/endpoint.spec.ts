import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { parseAllowHttpEndpoints, pushEndpointProblem } from "../endpoint"
import { WEB_PUSH_REFUSED_PREFIX, WebPushNotificationService } from "../service"

const httpsOnly = { allow_http: false }
const httpAllowed = { allow_http: true }

describe("push endpoint policy", () => {
  it("accepts https: endpoints whatever the flag", () => {
    for (const policy of [httpsOnly, httpAllowed]) {
      expect(
        pushEndpointProblem("https://fcm.googleapis.com/fcm/send/abc", policy)
      ).toBeNull()
      expect(
        pushEndpointProblem(
          "https://updates.push.services.mozilla.com/wpush/v2/x",
          policy
        )
      ).toBeNull()
    }
  })

  it("refuses http: unless allowed, naming the setting", () => {
    for (const url of [
      "http://127.0.0.1:9000/push/x",
      "http://169.254.169.254/latest/meta-data/",
      "http://push.example/x",
    ]) {
      expect(pushEndpointProblem(url, httpsOnly)).toBe(
        "must be an https: URL (plain http only with WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true)"
      )
      expect(pushEndpointProblem(url, httpAllowed)).toBeNull()
    }
  })

  it("refuses credentials in the URL and other schemes whatever the flag", () => {
    for (const policy of [httpsOnly, httpAllowed]) {
      for (const url of [
        "https://user:pass@push.example/x",
        "https://user@push.example/x",
        "https://:pass@push.example/x",
        "http://user:pass@127.0.0.1/push/x",
      ]) {
        expect(pushEndpointProblem(url, policy)).toBe(
          "must not contain credentials (user:password@)"
        )
      }
      expect(pushEndpointProblem("ftp://push.example/x", policy)).toMatch(
        /^must be an/
      )
      expect(pushEndpointProblem("file:///etc/passwd", policy)).toMatch(
        /^must be an/
      )
      expect(pushEndpointProblem("not a url", policy)).toBe("must be a URL")
    }
  })

  it('reads the option: only true or "true" allow http', () => {
    expect(parseAllowHttpEndpoints(true)).toBe(true)
    expect(parseAllowHttpEndpoints("true")).toBe(true)
    for (const v of [undefined, null, "", false, "false", "1", "yes"]) {
      expect(parseAllowHttpEndpoints(v)).toBe(false)
    }
  })
})

describe("WebPushNotificationService endpoint check", () => {
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? "")
    res.statusCode = 201
    res.end()
  })
  let requests: string[] = []
  let origin = ""
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => {
    requests = []
  })

  const ecdh = crypto.createECDH("prime256v1")
  ecdh.generateKeys()
  const vapid = crypto.createECDH("prime256v1")
  vapid.generateKeys()
  const provider = (allow_http_endpoints?: boolean) =>
    new WebPushNotificationService(
      { logger: console as never },
      {
        vapid_public_key: vapid.getPublicKey().toString("base64url"),
        vapid_private_key: vapid.getPrivateKey().toString("base64url"),
        subject: "mailto:ops@belanjain.test",
        allow_http_endpoints,
      }
    )
  const push = (to: string) => ({
    to,
    channel: "push",
    template: "t",
    data: { title: "x" },
    provider_data: {
      keys: {
        p256dh: ecdh.getPublicKey().toString("base64url"),
        auth: crypto.randomBytes(16).toString("base64url"),
      },
    },
  })

  it("refuses an http: endpoint before any request unless allowed", async () => {
    await expect(provider().send(push(`${origin}/push/a`))).rejects.toThrow(
      `${WEB_PUSH_REFUSED_PREFIX}: the endpoint must be an https: URL`
    )
    expect(requests).toEqual([])
    await expect(
      provider(true).send(push(`${origin}/push/b`))
    ).resolves.toEqual({ id: undefined })
    expect(requests).toEqual(["/push/b"])
  })

  it("refuses credentials in the endpoint even when http is allowed", async () => {
    const withCredentials = origin.replace("//", "//user:pass@")
    await expect(
      provider(true).send(push(`${withCredentials}/push/c`))
    ).rejects.toThrow(`${WEB_PUSH_REFUSED_PREFIX}: the endpoint must not`)
    expect(requests).toEqual([])
  })
})
