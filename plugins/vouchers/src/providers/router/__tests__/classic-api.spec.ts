/**
 * ClassicApiRouterClient: the shared contract against the fake RouterOS, then
 * the classic-API specifics — one login per connection, serialized commands,
 * reconnects after close / `!fatal` / timeout, the pre-6.43 challenge login,
 * API-SSL with anonymous DH, and replies the client must tolerate (`!empty`,
 * unknown reply words, stale `.tag`s, sentences split into 3-byte writes).
 */
import net from "node:net"
import {
  startFakeRouterOS,
  type FakeRouterOS,
} from "../../../testing/fake-routeros"
import { ClassicApiRouterClient } from "../classic-api"
import {
  encodeSentence,
  parseReply,
  SentenceDecoder,
} from "../classic-api-words"
import { describeRouterContract } from "./contract"
import { connectionTo, PASSWORD, routerError, USERNAME } from "./helpers"

describeRouterContract("api")

const logins = (fake: FakeRouterOS) =>
  fake.requests.filter((r) => r.method === "login").length

describe("ClassicApiRouterClient connection", () => {
  let fake: FakeRouterOS
  let client: ClassicApiRouterClient

  beforeAll(async () => {
    fake = await startFakeRouterOS({ username: USERNAME, password: PASSWORD })
  })
  afterAll(() => fake.close())
  beforeEach(() => {
    fake.reset()
    client = new ClassicApiRouterClient(connectionTo(fake, "api"))
  })
  afterEach(() => client.close())

  it("sends the documented words and logs in once for several commands", async () => {
    await client.createUser({
      name: "BLJ-1",
      password: "111",
      profile: "1hari",
      limit_uptime: "1d",
      limit_bytes_total: 1024,
      comment: "c",
      server: "hotspot1",
    })
    await client.findUserByName("BLJ-1")
    await client.removeUser("BLJ-1")

    expect(fake.requests.map((r) => [r.path, r.body])).toEqual([
      ["/login", { name: USERNAME }],
      [
        "/ip/hotspot/user/add",
        {
          name: "BLJ-1",
          password: "111",
          profile: "1hari",
          "limit-uptime": "1d",
          "limit-bytes-total": "1024",
          comment: "c",
          server: "hotspot1",
        },
      ],
      ["/ip/hotspot/user/print", { ".query": ["name=BLJ-1"] }],
      ["/ip/hotspot/user/print", { ".query": ["name=BLJ-1"] }],
      ["/ip/hotspot/user/remove", { ".id": "*1" }],
    ])
  })

  it("runs concurrent calls one at a time, each getting its own answer", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `BLJ-${i}`)

    const created = await Promise.all(
      names.map((name) => client.createUser({ name, password: name }))
    )
    const found = await Promise.all(
      names.map((name) => client.findUserByName(name))
    )

    expect(created.map((u) => u.name)).toEqual(names)
    expect(new Set(created.map((u) => u.id)).size).toBe(names.length)
    expect(found.map((u) => u?.id)).toEqual(created.map((u) => u.id))
    expect(logins(fake)).toBe(1)
  })

  it("reconnects after the router closed the connection", async () => {
    await client.createUser({ name: "a", password: "" })
    fake.dropConnections()
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(await client.findUserByName("a")).toMatchObject({ name: "a" })
    expect(logins(fake)).toBe(2)
  })

  it("fails as unreachable on !fatal and reconnects for the next call", async () => {
    fake.failNext(1, "fatal")

    const error = await routerError(client.findUserByName("a"))

    expect(error).toMatchObject({ kind: "unreachable", retryable: true })
    expect(error.message).toContain("connection reset by the router")
    expect(await client.findUserByName("a")).toBeNull()
    expect(logins(fake)).toBe(2)
  })

  it("drops the connection after a timeout and logs in again", async () => {
    const impatient = new ClassicApiRouterClient(
      connectionTo(fake, "api", { timeout_ms: 200 })
    )
    try {
      fake.failNext(1, "timeout")
      expect((await routerError(impatient.findUserByName("a"))).kind).toBe(
        "timeout"
      )
      await impatient.createUser({ name: "a", password: "" })
      expect(logins(fake)).toBe(2)
    } finally {
      await impatient.close()
    }
  })

  it("closes safely twice and reopens on the next call", async () => {
    await client.findUserByName("a")
    await client.close()
    await client.close()

    expect(await client.findUserByName("a")).toBeNull()
    expect(logins(fake)).toBe(2)
  })
})

describe("ClassicApiRouterClient on RouterOS before 6.43 (challenge login)", () => {
  let fake: FakeRouterOS

  beforeAll(async () => {
    fake = await startFakeRouterOS({
      username: USERNAME,
      password: PASSWORD,
      version: "6.40",
    })
  })
  afterAll(() => fake.close())
  beforeEach(() => fake.reset())

  it("answers the MD5 challenge and works", async () => {
    const client = new ClassicApiRouterClient(connectionTo(fake, "api"))
    try {
      await client.createUser({ name: "lama", password: "1" })
      expect(await client.findUserByName("lama")).toMatchObject({
        name: "lama",
      })
      expect(fake.requests.slice(0, 2).map((r) => r.body)).toEqual([
        { name: USERNAME },
        { name: USERNAME },
      ])
    } finally {
      await client.close()
    }
  })

  it("fails with auth on a wrong password", async () => {
    const client = new ClassicApiRouterClient(
      connectionTo(fake, "api", { password: "salah" })
    )
    try {
      expect((await routerError(client.findUserByName("x"))).kind).toBe("auth")
    } finally {
      await client.close()
    }
  })
})

describe("ClassicApiRouterClient over API-SSL without a certificate (anonymous DH)", () => {
  let fake: FakeRouterOS

  beforeAll(async () => {
    fake = await startFakeRouterOS({
      username: USERNAME,
      password: PASSWORD,
      anonymousApiSsl: true,
    })
  })
  afterAll(() => fake.close())

  it("connects with tls_verify: false", async () => {
    const client = new ClassicApiRouterClient(
      connectionTo(fake, "api", { use_tls: true, tls_verify: false })
    )
    try {
      await client.createUser({ name: "adh", password: "" })
      expect(fake.users.has("adh")).toBe(true)
    } finally {
      await client.close()
    }
  })

  it("fails without retrying when tls_verify is on", async () => {
    const client = new ClassicApiRouterClient(
      connectionTo(fake, "api", { use_tls: true })
    )
    try {
      const error = await routerError(client.findUserByName("adh"))
      expect(error).toMatchObject({ kind: "unreachable", retryable: false })
      expect(error.message).toContain("TLS")
    } finally {
      await client.close()
    }
  })
})

/**
 * A scripted router: logs anyone in, then answers each other command with
 * `script(tag)`, the bytes written in small pieces.
 */
async function scriptedRouter(script: (tag: string) => Buffer | null) {
  const server = net.createServer((socket) => {
    const decoder = new SentenceDecoder()
    socket.on("error", () => socket.destroy())
    socket.on("data", async (chunk: Buffer) => {
      for (const sentence of decoder.push(chunk)) {
        const reply = parseReply(sentence)
        const tag = sentence.find((w) => w.startsWith(".tag="))?.slice(5) ?? ""
        const bytes =
          reply.type === "/login"
            ? encodeSentence(["!done", `.tag=${tag}`])
            : script(tag)
        for (let i = 0; bytes && i < bytes.length; i += 3) {
          socket.write(bytes.subarray(i, i + 3))
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.address() as net.AddressInfo).port
  const connect = (timeout_ms = 1_000) =>
    new ClassicApiRouterClient({
      host: "127.0.0.1",
      port,
      username: "u",
      password: "p",
      timeout_ms,
    })
  const close = () =>
    new Promise<void>((resolve) => server.close(() => resolve()))
  return { connect, close }
}

describe("ClassicApiRouterClient reply handling", () => {
  it("ignores unknown reply words and replies to other tags", async () => {
    const router = await scriptedRouter((tag) =>
      Buffer.concat([
        encodeSentence(["!re", "=.id=*9", "=name=x", ".tag=999"]),
        encodeSentence(["!something-new", "=a=b", `.tag=${tag}`]),
        encodeSentence(["!empty", `.tag=${tag}`]),
        encodeSentence([
          "!re",
          "=.id=*1",
          "=name=x",
          "=comment=a=b=c",
          `.tag=${tag}`,
        ]),
        encodeSentence(["!done", `.tag=${tag}`]),
      ])
    )
    const client = router.connect()
    try {
      expect(await client.findUserByName("x")).toMatchObject({
        id: "*1",
        comment: "a=b=c",
      })
    } finally {
      await client.close()
      await router.close()
    }
  })

  it("fails with protocol on bytes that are not API words", async () => {
    const router = await scriptedRouter(() => Buffer.from([0xf8, 0x00]))
    const client = router.connect()
    try {
      expect((await routerError(client.findUserByName("x"))).kind).toBe(
        "protocol"
      )
    } finally {
      await client.close()
      await router.close()
    }
  })

  it("fails with protocol when add answers without the new .id", async () => {
    const router = await scriptedRouter((tag) =>
      encodeSentence(["!done", `.tag=${tag}`])
    )
    const client = router.connect()
    try {
      expect(
        (await routerError(client.createUser({ name: "x", password: "" }))).kind
      ).toBe("protocol")
    } finally {
      await client.close()
      await router.close()
    }
  })

  it("times out on a router that accepts the connection but never answers", async () => {
    const server = net.createServer((socket) => socket.resume()) // reads, never answers
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const port = (server.address() as net.AddressInfo).port
    const client = new ClassicApiRouterClient({
      host: "127.0.0.1",
      port,
      username: "u",
      password: "p",
      timeout_ms: 200,
    })
    try {
      expect(await routerError(client.findUserByName("x"))).toMatchObject({
        kind: "timeout",
        retryable: true,
      })
    } finally {
      await client.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
