import { randomUUID } from "node:crypto"
import Redis from "ioredis"
import {
  accountKey,
  closeLoginRateLimitRedis,
  LOGIN_RATE_LIMIT_DEFAULTS,
  LoginRateLimiter,
  type LoginRateLimitConfig,
  loginEmail,
  loginRateLimitConfig,
  loginRateLimitRedis,
} from "../rate-limit"

jest.setTimeout(30_000)

// The machine's real Redis, as the HTTP tests use it (never mocked).
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
// Every limiter of this file counts under its own namespace, removed afterwards.
const RUN = `unit-${randomUUID()}`

const inspect = new Redis(REDIS_URL)
afterAll(async () => {
  const keys = await inspect.keys(`belanjain:rl:login:${RUN}*`)
  if (keys.length) await inspect.del(...keys)
  await inspect.quit()
  await closeLoginRateLimitRedis()
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe("loginRateLimitConfig", () => {
  it("defaults to 5 per account and 20 per IP in 60 s", () => {
    expect(loginRateLimitConfig({})).toEqual({
      failures: 5,
      ipFailures: 20,
      windowS: 60,
    })
  })

  it("reads the variables, 0 included", () => {
    expect(
      loginRateLimitConfig({
        AUTH_RATE_LIMIT_FAILURES: "3",
        AUTH_RATE_LIMIT_IP_FAILURES: "0",
        AUTH_RATE_LIMIT_WINDOW_S: " 120 ",
      })
    ).toEqual({ failures: 3, ipFailures: 0, windowS: 120 })
  })

  it.each(["-1", "1.5", "five"])("refuses %p, naming the variable", (v) => {
    expect(() => loginRateLimitConfig({ AUTH_RATE_LIMIT_WINDOW_S: v })).toThrow(
      /AUTH_RATE_LIMIT_WINDOW_S must be a whole number/
    )
  })
})

describe("loginEmail and accountKey", () => {
  it("reads the e-mail only from an object body with a string e-mail", () => {
    expect(loginEmail(undefined)).toBeUndefined()
    expect(loginEmail(null)).toBeUndefined()
    expect(loginEmail("email=a@b.c")).toBeUndefined()
    expect(loginEmail([{ email: "a@b.c" }])).toBeUndefined()
    expect(loginEmail({ email: ["a@b.c"] })).toBeUndefined()
    expect(loginEmail({ email: "   " })).toBeUndefined()
    expect(loginEmail({ email: " a@b.c " })).toBe("a@b.c")
  })

  it("is per actor type, ignores case and keeps no address", () => {
    expect(accountKey("customer", "Budi@Example.com")).toBe(
      accountKey("customer", "budi@example.com")
    )
    expect(accountKey("customer", "budi@example.com")).not.toBe(
      accountKey("seller", "budi@example.com")
    )
    expect(accountKey("customer", "budi@example.com")).toMatch(
      /^customer:[0-9a-f]{32}$/
    )
  })
})

const stores = [
  ["memory", () => undefined],
  ["redis", () => loginRateLimitRedis(REDIS_URL)],
] as const

describe.each(stores)("LoginRateLimiter in %s", (store, redis) => {
  let n = 0
  const limiter = (config: Partial<LoginRateLimitConfig> = {}) =>
    new LoginRateLimiter({
      config: { ...LOGIN_RATE_LIMIT_DEFAULTS, ...config },
      redis: redis(),
      namespace: `${RUN}-${store}-${++n}`,
    })
  const fail = async (
    l: LoginRateLimiter,
    account: string,
    ip = "10.0.0.1"
  ) => {
    const d = await l.begin({ account, ip })
    if (!d.allowed) return d
    await d.settle("failure")
    return d
  }

  it("blocks the 6th attempt of an account after 5 failures, not other accounts", async () => {
    const l = limiter()
    expect(l.store).toBe(store)
    const a = accountKey("customer", "a@example.com")
    for (let i = 0; i < 5; i++) {
      expect((await fail(l, a)).allowed).toBe(true)
    }
    expect(await l.failures("account", a)).toBe(5)

    const sixth = await l.begin({ account: a, ip: "10.0.0.1" })
    expect(sixth).toEqual({
      allowed: false,
      scope: "account",
      retryAfterS: expect.any(Number),
    })
    if (sixth.allowed) throw new Error("unreachable")
    expect(sixth.retryAfterS).toBeGreaterThan(0)
    expect(sixth.retryAfterS).toBeLessThanOrEqual(60)

    const b = await l.begin({
      account: accountKey("customer", "b@example.com"),
      ip: "10.0.0.1",
    })
    expect(b.allowed).toBe(true)
  })

  it("resets the account on a successful login, and other answers do not count", async () => {
    const l = limiter()
    const a = accountKey("user", "ops@example.com")
    for (let i = 0; i < 4; i++) await fail(l, a)

    const ok = await l.begin({ account: a, ip: "10.0.0.2" })
    if (!ok.allowed) throw new Error("blocked too early")
    await ok.settle("success")
    expect(await l.failures("account", a)).toBe(0)

    const invalid = await l.begin({ account: a, ip: "10.0.0.2" })
    if (!invalid.allowed) throw new Error("blocked too early")
    await invalid.settle("other")
    expect(await l.failures("account", a)).toBe(0)

    for (let i = 0; i < 5; i++) {
      expect((await fail(l, a, "10.0.0.2")).allowed).toBe(true)
    }
    expect((await l.begin({ account: a, ip: "10.0.0.2" })).allowed).toBe(false)
  })

  it("limits an IP across accounts; a success does not reset the IP", async () => {
    const l = limiter({ ipFailures: 3 })
    const ip = "192.0.2.7"
    await fail(l, accountKey("customer", "1@example.com"), ip)
    await fail(l, accountKey("customer", "2@example.com"), ip)
    const ok = await l.begin({ account: accountKey("seller", "3@x.id"), ip })
    if (!ok.allowed) throw new Error("blocked too early")
    await ok.settle("success")
    await fail(l, accountKey("customer", "4@example.com"), ip)
    expect(await l.failures("ip", ip)).toBe(3)

    const next = await l.begin({
      account: accountKey("customer", "5@example.com"),
      ip,
    })
    expect(next).toMatchObject({ allowed: false, scope: "ip" })
    // The refused attempt took nothing from the account.
    expect(
      await l.failures("account", accountKey("customer", "5@example.com"))
    ).toBe(0)
    // Another address is not affected.
    expect(
      (
        await l.begin({
          account: accountKey("customer", "5@example.com"),
          ip: "192.0.2.8",
        })
      ).allowed
    ).toBe(true)
  })

  it("lets no more than the limit through when attempts run in parallel", async () => {
    const l = limiter()
    const a = accountKey("customer", "parallel@example.com")
    const decisions = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        l.begin({ account: a, ip: `10.1.0.${i}` })
      )
    )
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5)
  })

  it("opens again when the window ends", async () => {
    const l = limiter({ failures: 2, windowS: 1 })
    const a = accountKey("customer", "window@example.com")
    await fail(l, a)
    await fail(l, a)
    expect((await l.begin({ account: a, ip: "10.0.0.3" })).allowed).toBe(false)
    await sleep(1100)
    expect(await l.failures("account", a)).toBe(0)
    expect((await fail(l, a, "10.0.0.3")).allowed).toBe(true)
  })

  it("is disabled by 0", async () => {
    const off = limiter({ windowS: 0 })
    expect(off.enabled).toBe(false)
    const noAccount = limiter({ failures: 0, ipFailures: 2 })
    const ip = "10.9.9.9"
    for (let i = 0; i < 2; i++) {
      const a = accountKey("customer", "same@example.com")
      expect((await fail(off, a, ip)).allowed).toBe(true)
      expect((await fail(noAccount, a, ip)).allowed).toBe(true)
    }
    for (let i = 0; i < 10; i++) {
      expect(
        (await fail(off, accountKey("customer", "same@example.com"), ip))
          .allowed
      ).toBe(true)
    }
    // Only the IP limit is left, and it still applies.
    expect(
      await noAccount.begin({
        account: accountKey("customer", "same@example.com"),
        ip,
      })
    ).toMatchObject({ allowed: false, scope: "ip" })
    const noIp = limiter({ ipFailures: 0, failures: 1 })
    for (let i = 0; i < 5; i++) {
      await fail(noIp, accountKey("customer", `${i}@example.com`), ip)
    }
    expect(
      (await noIp.begin({ account: accountKey("customer", "new@x.id"), ip }))
        .allowed
    ).toBe(true)
  })

  if (store === "redis") {
    it("keeps namespaced keys in Redis that expire with the window", async () => {
      const l = limiter()
      const a = accountKey("seller", "toko@example.id")
      await fail(l, a, "203.0.113.5")
      const acct = l.storedKey("acct", a)
      expect(acct).toMatch(
        new RegExp(`^belanjain:rl:login:${RUN}-redis-\\d+:acct:seller:`)
      )
      expect(await inspect.get(acct)).toBe("1")
      const ttl = await inspect.ttl(acct)
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(60)
      expect(await inspect.get(l.storedKey("ip", "203.0.113.5"))).toBe("1")

      // A second process (its own limiter and client) sees the same counts.
      const other = new Redis(REDIS_URL)
      try {
        const twin = new LoginRateLimiter({
          config: LOGIN_RATE_LIMIT_DEFAULTS,
          redis: other,
          namespace: l.keyPrefix.split(":")[3],
        })
        expect(await twin.failures("account", a)).toBe(1)
      } finally {
        await other.quit()
      }
    })
  }
})

describe("LoginRateLimiter when Redis is unreachable", () => {
  it("counts in memory instead of failing the login", async () => {
    // Never connected and no offline queue: every command fails at once.
    const down = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      enableOfflineQueue: false,
    })
    down.on("error", () => undefined)
    try {
      const l = new LoginRateLimiter({
        config: { ...LOGIN_RATE_LIMIT_DEFAULTS, failures: 2 },
        redis: down,
        namespace: `${RUN}-down`,
      })
      const a = accountKey("customer", "down@example.com")
      for (let i = 0; i < 2; i++) {
        const d = await l.begin({ account: a, ip: "10.0.0.4" })
        expect(d.allowed).toBe(true)
        if (d.allowed) await d.settle("failure")
      }
      expect(await l.begin({ account: a, ip: "10.0.0.4" })).toMatchObject({
        allowed: false,
        scope: "account",
      })
    } finally {
      down.disconnect()
    }
  })
})
