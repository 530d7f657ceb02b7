/**
 * The fake RouterOS speaks the shapes the clients rely on; checked here at
 * the wire level, so the client suites cannot pass against a lenient fake.
 */
import {
  startFakeRouterOS,
  type FakeRouterOS,
} from "../../../testing/fake-routeros"
import { openRawApi, PASSWORD, USERNAME, type RawApi } from "./helpers"

const auth = `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString("base64")}`

describe("fake RouterOS REST API", () => {
  let fake: FakeRouterOS
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    authorization = auth
  ) => {
    const res = await fetch(`${fake.restUrl}${path}`, {
      method,
      headers: { authorization, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    return {
      status: res.status,
      json: text ? (JSON.parse(text) as unknown) : undefined,
    }
  }

  beforeAll(async () => {
    fake = await startFakeRouterOS({ username: USERNAME, password: PASSWORD })
  })
  afterAll(() => fake.close())
  beforeEach(() => fake.reset())

  it("answers 401 with RouterOS' body on bad credentials", async () => {
    const bad = `Basic ${Buffer.from(`${USERNAME}:nope`).toString("base64")}`
    expect(await call("GET", "/rest/ip/hotspot/user", undefined, bad)).toEqual({
      status: 401,
      json: { error: 401, message: "Unauthorized" },
    })
  })

  it("creates with PUT, values as strings, and refuses a duplicate name", async () => {
    const created = await call("PUT", "/rest/ip/hotspot/user", {
      name: "a",
      password: "1",
      "limit-bytes-total": 1024,
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      ".id": "*1",
      name: "a",
      "limit-bytes-total": "1024",
      profile: "default",
      disabled: "false",
    })

    expect(
      await call("PUT", "/rest/ip/hotspot/user", { name: "a", password: "2" })
    ).toEqual({
      status: 400,
      json: {
        error: 400,
        message: "Bad Request",
        detail: "failure: already have user with this name for this server",
      },
    })
  })

  it("lists with filters, reads, patches and deletes by .id", async () => {
    await call("PUT", "/rest/ip/hotspot/user", { name: "a", password: "1" })
    await call("PUT", "/rest/ip/hotspot/user", { name: "b", password: "2" })

    const list = await call("GET", "/rest/ip/hotspot/user?name=b")
    expect(list.json).toEqual([
      expect.objectContaining({ ".id": "*2", name: "b" }),
    ])
    expect((await call("GET", "/rest/ip/hotspot/user?name=zz")).json).toEqual(
      []
    )
    expect((await call("GET", "/rest/ip/hotspot/user/*1")).json).toMatchObject({
      name: "a",
    })
    expect(
      (await call("PATCH", "/rest/ip/hotspot/user/%2A1", { comment: "x" })).json
    ).toMatchObject({
      comment: "x",
    })
    expect((await call("DELETE", "/rest/ip/hotspot/user/%2A1")).status).toBe(
      204
    )
    expect(await call("DELETE", "/rest/ip/hotspot/user/%2A1")).toEqual({
      status: 404,
      json: { error: 404, message: "Not Found" },
    })
  })

  it("prints with .query and .proplist, and refuses unknown parameters", async () => {
    await call("PUT", "/rest/ip/hotspot/user", { name: "a", password: "1" })
    await call("PUT", "/rest/ip/hotspot/user", { name: "b", password: "2" })

    const printed = await call("POST", "/rest/ip/hotspot/user/print", {
      ".query": ["name=a"],
      ".proplist": [".id", "name"],
    })
    expect(printed.json).toEqual([{ ".id": "*1", name: "a" }])
    expect(
      (await call("POST", "/rest/ip/hotspot/user/print")).json
    ).toHaveLength(2)

    const unknown = await call("PUT", "/rest/ip/hotspot/user", {
      name: "c",
      limit_uptime: "1h",
    })
    expect(unknown).toMatchObject({
      status: 400,
      json: { detail: "unknown parameter limit_uptime" },
    })
  })

  it("fails scheduled requests, then answers again", async () => {
    fake.failNext(1, "error500")
    expect(await call("GET", "/rest/ip/hotspot/user")).toEqual({
      status: 500,
      json: { error: 500, message: "Internal Server Error" },
    })
    fake.failNext(1, "down")
    await expect(call("GET", "/rest/ip/hotspot/user")).rejects.toThrow()
    expect((await call("GET", "/rest/ip/hotspot/user")).status).toBe(200)
  })
})

describe.each([
  ["7.18", true],
  ["6.49", false],
])("fake RouterOS %s classic API", (version, sendsEmpty) => {
  let fake: FakeRouterOS
  let api: RawApi

  beforeAll(async () => {
    fake = await startFakeRouterOS({
      username: USERNAME,
      password: PASSWORD,
      version,
    })
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    api = await openRawApi(fake.apiPort)
  })
  afterEach(() => api.close())

  const login = () =>
    api.send(["/login", `=name=${USERNAME}`, `=password=${PASSWORD}`, ".tag=1"])

  it("refuses a bad login with !trap, then accepts the right one", async () => {
    expect(
      await api.send(["/login", `=name=${USERNAME}`, "=password=x", ".tag=1"])
    ).toEqual([
      ["!trap", "=message=invalid user name or password (6)", ".tag=1"],
      ["!done", ".tag=1"],
    ])
    expect(await login()).toEqual([["!done", ".tag=1"]])
  })

  it(`answers an empty print ${sendsEmpty ? "with" : "without"} !empty`, async () => {
    await login()
    const expected = sendsEmpty
      ? [
          ["!empty", ".tag=2"],
          ["!done", ".tag=2"],
        ]
      : [["!done", ".tag=2"]]

    expect(
      await api.send(["/ip/hotspot/user/print", "?name=nobody", ".tag=2"])
    ).toEqual(expected)
  })

  it("adds, traps a duplicate, prints and removes, sharing the REST table", async () => {
    await login()
    expect(
      await api.send([
        "/ip/hotspot/user/add",
        "=name=a",
        "=password=1",
        ".tag=3",
      ])
    ).toEqual([["!done", "=ret=*1", ".tag=3"]])
    expect(
      await api.send(["/ip/hotspot/user/add", "=name=a", ".tag=4"])
    ).toEqual([
      [
        "!trap",
        "=message=failure: already have user with this name for this server",
        ".tag=4",
      ],
      ["!done", ".tag=4"],
    ])
    const printed = await api.send([
      "/ip/hotspot/user/print",
      "?name=a",
      "=.proplist=.id,name",
      ".tag=5",
    ])
    expect(printed).toEqual([
      ["!re", "=.id=*1", "=name=a", ".tag=5"],
      ["!done", ".tag=5"],
    ])
    expect(fake.users.get("a")).toMatchObject({ ".id": "*1", password: "1" })
    expect(
      await api.send(["/ip/hotspot/user/remove", "=.id=*1", ".tag=6"])
    ).toEqual([["!done", ".tag=6"]])
    expect(fake.users.size).toBe(0)
  })

  it("refuses commands before login and ends the session on /quit", async () => {
    expect(await api.send(["/ip/hotspot/user/print", ".tag=7"])).toEqual([
      ["!trap", "=message=not logged in", ".tag=7"],
      ["!done", ".tag=7"],
    ])
    expect(await api.send(["/quit", ".tag=8"])).toEqual([
      ["!fatal", "session terminated on request"],
    ])
  })
})
