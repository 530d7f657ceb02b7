/**
 * The small pieces: createRouterClient / defaultPort (RouterOS service ports
 * 80/443/8728/8729), socket error codes → RouterError kinds, the
 * snake_case ↔ kebab-case user mapping and the pre-6.43 login digest.
 */
import {
  ClassicApiRouterClient,
  createRouterClient,
  defaultPort,
  RestRouterClient,
  RouterError,
  type RouterApiKind,
} from ".."
import { challengeResponse } from "../classic-api-connection"
import { networkError } from "../errors"
import { hotspotUserFields, hotspotUserFromRecord } from "../hotspot-user"

describe("createRouterClient / defaultPort", () => {
  const conn = { host: "192.168.88.1", username: "api", password: "x" }

  it("creates the client of each kind", async () => {
    const rest = createRouterClient("rest", conn)
    const api = createRouterClient("api", conn)
    expect(rest).toBeInstanceOf(RestRouterClient)
    expect(rest.kind).toBe("rest")
    expect(api).toBeInstanceOf(ClassicApiRouterClient)
    expect(api.kind).toBe("api")
    await rest.close()
    await api.close()
  })

  it("refuses an unknown kind and an impossible port", () => {
    expect(() => createRouterClient("ssh" as RouterApiKind, conn)).toThrow(
      /unknown router API kind/
    )
    expect(() => createRouterClient("rest", { ...conn, port: 70000 })).toThrow(
      /port/
    )
    expect(() => createRouterClient("api", { ...conn, host: " " })).toThrow(
      /host/
    )
  })

  it.each([
    ["rest", false, 80],
    ["rest", true, 443],
    ["api", false, 8728],
    ["api", true, 8729],
  ] as const)("%s with TLS %s uses port %i", (kind, tls, port) => {
    expect(defaultPort(kind, tls)).toBe(port)
  })
})

describe("networkError", () => {
  const error = (code: string) =>
    Object.assign(new Error(`boom ${code}`), { code })

  it.each([
    ["ECONNREFUSED", "unreachable", true],
    ["ECONNRESET", "unreachable", true],
    ["ENOTFOUND", "unreachable", true],
    ["EHOSTUNREACH", "unreachable", true],
    ["ETIMEDOUT", "timeout", true],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "unreachable", false],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "unreachable", false],
    ["ERR_SSL_WRONG_VERSION_NUMBER", "unreachable", false],
  ])("%s → %s (retryable %s)", (code, kind, retryable) => {
    const mapped = networkError(error(code), "10.0.0.1:8728")
    expect(mapped).toMatchObject({ kind, retryable })
    expect(mapped.message).toContain(code)
  })

  it("passes RouterErrors through", () => {
    const original = new RouterError("auth", "no")
    expect(networkError(original, "x")).toBe(original)
  })
})

describe("hotspot user mapping", () => {
  it("leaves out empty optional properties", () => {
    expect(
      hotspotUserFields({
        name: "a",
        password: "",
        profile: null,
        comment: "",
        limit_bytes_total: 0,
      })
    ).toEqual({ name: "a", password: "", "limit-bytes-total": "0" })
  })

  it("reads RouterOS strings into numbers and booleans", () => {
    expect(
      hotspotUserFromRecord({
        ".id": "*1F",
        name: "a",
        "limit-bytes-total": "5368709120",
        disabled: "yes",
      })
    ).toMatchObject({
      id: "*1F",
      limit_bytes_total: 5368709120,
      disabled: true,
      profile: null,
    })
  })

  it("fails with protocol on a record without .id", () => {
    expect(() => hotspotUserFromRecord({ name: "a" })).toThrow(
      expect.objectContaining({ kind: "protocol" })
    )
  })
})

describe("challengeResponse (RouterOS before 6.43)", () => {
  it("is 00 + md5(0x00, password, challenge)", () => {
    // md5 of the bytes 00 'a' 'b' c0 ff ee, computed independently.
    expect(challengeResponse("ab", "c0ffee")).toBe(
      "0044a2c028b9057cc8e2eb08044319f1dd"
    )
  })
})
