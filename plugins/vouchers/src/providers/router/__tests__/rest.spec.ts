/**
 * RestRouterClient: the shared contract against the fake RouterOS, then the
 * REST specifics — PUT with kebab-case string values, `?name=` filters,
 * DELETE by a %2A-encoded `.id`, and the HTTP status → RouterError mapping.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import {
  startFakeRouterOS,
  type FakeRouterOS,
} from "../../../testing/fake-routeros"
import { RestRouterClient, restStatusError } from "../rest"
import { describeRouterContract } from "./contract"
import { connectionTo, PASSWORD, routerError, USERNAME } from "./helpers"

describeRouterContract("rest")

describe("RestRouterClient requests", () => {
  let fake: FakeRouterOS
  let client: RestRouterClient

  beforeAll(async () => {
    fake = await startFakeRouterOS({ username: USERNAME, password: PASSWORD })
  })
  afterAll(() => fake.close())
  beforeEach(() => {
    fake.reset()
    client = new RestRouterClient(connectionTo(fake, "rest"))
  })
  afterEach(() => client.close())

  it("creates with PUT and RouterOS' kebab-case properties, bytes as a string", async () => {
    await client.createUser({
      name: "BLJ-1",
      password: "111",
      profile: "1hari",
      limit_uptime: "1d",
      limit_bytes_total: 1_073_741_824,
      comment: "order 1",
      server: "hotspot1",
    })

    expect(fake.requests).toEqual([
      {
        protocol: "rest",
        method: "PUT",
        path: "/rest/ip/hotspot/user",
        body: {
          name: "BLJ-1",
          password: "111",
          profile: "1hari",
          "limit-uptime": "1d",
          "limit-bytes-total": "1073741824",
          comment: "order 1",
          server: "hotspot1",
        },
      },
    ])
  })

  it("finds with a URL-encoded name filter and deletes by the %2A-encoded .id", async () => {
    await client.createUser({ name: "a b&c", password: "x" })
    fake.requests.length = 0

    expect(await client.removeUser("a b&c")).toBe(true)

    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /rest/ip/hotspot/user?name=a%20b%26c",
      "DELETE /rest/ip/hotspot/user/%2A1",
    ])
  })

  it("removes every user with that name and ignores users already gone", async () => {
    await client.createUser({ name: "dup", password: "x" })
    // A second user of that name on another hotspot server, seeded directly.
    fake.users.set("dup (server 2)", {
      ".id": "*99",
      name: "dup",
      password: "y",
      server: "hs2",
    })

    expect(await client.removeUser("dup")).toBe(true)
    expect(fake.users.size).toBe(0)
  })

  it("refuses a negative byte limit before calling the router", async () => {
    const error = await routerError(
      client.createUser({ name: "n", password: "", limit_bytes_total: -1 })
    )

    expect(error.kind).toBe("rejected")
    expect(fake.requests).toHaveLength(0)
  })
})

describe("restStatusError", () => {
  const target = "10.0.0.1:80"
  const body = (detail: string, status = 400, message = "Bad Request") =>
    JSON.stringify({ error: status, message, detail })

  it.each([
    [
      401,
      JSON.stringify({ error: 401, message: "Unauthorized" }),
      "auth",
      false,
    ],
    [
      400,
      body("failure: already have user with this name for this server"),
      "conflict",
      false,
    ],
    [400, body("input does not match any value of profile"), "rejected", false],
    [
      403,
      body("not enough permissions (9)", 403, "Forbidden"),
      "rejected",
      false,
    ],
    [
      404,
      JSON.stringify({ error: 404, message: "Not Found" }),
      "rejected",
      false,
    ],
    [
      500,
      JSON.stringify({ error: 500, message: "Internal Server Error" }),
      "rejected",
      true,
    ],
    [503, "<html>busy</html>", "rejected", true],
    [302, "", "protocol", false],
  ])("HTTP %i → %s", (status, text, kind, retryable) => {
    const error = restStatusError({ status, body: text }, target)

    expect(error).toMatchObject({ kind, retryable })
    expect(error.message).toContain(target)
  })

  it("puts RouterOS' detail in the message", () => {
    const error = restStatusError(
      { status: 400, body: body("unknown parameter foo") },
      target
    )
    expect(error.message).toContain("unknown parameter foo")
  })
})

describe("RestRouterClient against something that is not RouterOS", () => {
  let server: http.Server
  let port: number

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html" })
      res.end(
        req.method === "GET" ? "<html>login page</html>" : '"just a string"'
      )
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("fails with protocol on an answer that is not JSON", async () => {
    const client = new RestRouterClient({
      host: "127.0.0.1",
      port,
      username: "a",
      password: "b",
    })
    const error = await routerError(client.findUserByName("x"))
    await client.close()

    expect(error).toMatchObject({ kind: "protocol", retryable: false })
    expect(error.message).toContain("login page")
  })

  it("fails with protocol when the created user is not an object", async () => {
    const client = new RestRouterClient({
      host: "127.0.0.1",
      port,
      username: "a",
      password: "b",
    })
    const error = await routerError(
      client.createUser({ name: "x", password: "y" })
    )
    await client.close()

    expect(error.kind).toBe("protocol")
  })
})
