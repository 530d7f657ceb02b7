import Redis from "ioredis"
import {
  accountKey,
  currentLoginRateLimiter,
} from "../../../src/lib/rate-limit"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, signUpCustomer, signUpSeller } from "../../helpers/actors"
import { createPublishableKeyHeaders } from "../../helpers/publishable-key"

jest.setTimeout(120_000)

type Answer = { status: number; data: any; headers: Record<string, string> }

// Failed-login limits on POST /auth/:actor_type/emailpass (src/api/middlewares.ts,
// src/lib/rate-limit.ts), with the default limits: 5 failures per account,
// 20 per IP, in 60 s. The counts outlive the database restore between tests,
// so every test uses its own e-mails and, through X-Forwarded-For (Medusa
// trusts one proxy), its own client address.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } })
    const login = (
      actor: string,
      email: string,
      password: string,
      ip: string
    ) =>
      call<Answer>(
        api.post(`/auth/${actor}/emailpass`, { email, password }, from(ip))
      )

    const redis = process.env.REDIS_URL
      ? new Redis(process.env.REDIS_URL)
      : undefined
    // Only this file's client: the app's own one is the app's (it may be
    // shared with other files of an HTTP group).
    afterAll(async () => {
      await redis?.quit()
    })

    describe("failed-login limits", () => {
      it("answers the 6th login of an account after 5 failures with 429 and Retry-After; another account still logs in", async () => {
        const store = await createPublishableKeyHeaders(getContainer())
        const key = store.headers["x-publishable-api-key"]
        await signUpCustomer(api, key, "ani@example.com", "belanja-123")
        await signUpCustomer(api, key, "budi@example.com", "belanja-456")
        const ip = "198.51.100.1"

        for (let i = 0; i < 5; i++) {
          const wrong = await login("customer", "ani@example.com", "salah", ip)
          expect(wrong.status).toBe(401)
        }
        // Even the right password: the auth provider is not asked.
        const blocked = await login(
          "customer",
          "ani@example.com",
          "belanja-123",
          ip
        )
        expect(blocked.status).toBe(429)
        const retryAfter = Number(blocked.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(60)
        expect(blocked.headers["access-control-expose-headers"]).toMatch(
          /(^|, )Retry-After(,|$)/
        )
        expect(blocked.data).toEqual({
          type: "too_many_requests",
          message: `Too many failed logins for this account; try again in ${retryAfter} s`,
        })

        const other = await login(
          "customer",
          "budi@example.com",
          "belanja-456",
          ip
        )
        expect(other.status).toBe(200)
        expect(other.data.token).toEqual(expect.any(String))

        // The counts are where the app keeps them: Redis when it runs on
        // Redis (shared by every server process), else its own memory.
        const limiter = currentLoginRateLimiter()
        if (!redis) {
          expect(limiter?.store).toBe("memory")
          return
        }
        expect(limiter?.store).toBe("redis")
        const prefix = `belanjain:rl:login:${dbConfig.dbName}:`
        const acct = `${prefix}acct:${accountKey("customer", "ani@example.com")}`
        expect(Number(await redis.get(acct))).toBeGreaterThanOrEqual(5)
        const ttl = await redis.ttl(acct)
        expect(ttl).toBeGreaterThan(0)
        expect(ttl).toBeLessThanOrEqual(60)
        // Budi's successful login left his account and the address's count alone.
        expect(
          await redis.get(
            `${prefix}acct:${accountKey("customer", "budi@example.com")}`
          )
        ).toBeNull()
        expect(await redis.get(`${prefix}ip:${ip}`)).toBe("5")
      })

      it("counts only failures, resets an account on success, and limits every actor on its own", async () => {
        await signUpSeller(api, {
          email: "rina@tokobatik.id",
          password: "batik-solo-2026",
          name: "Toko Batik Rina",
        })
        const ip = "198.51.100.2"

        for (let i = 0; i < 4; i++) {
          expect(
            (await login("seller", "rina@tokobatik.id", "salah", ip)).status
          ).toBe(401)
        }
        const ok = await login(
          "seller",
          "rina@tokobatik.id",
          "batik-solo-2026",
          ip
        )
        expect(ok.status).toBe(200)
        // The success reset the account: 5 more failures before the block.
        for (let i = 0; i < 5; i++) {
          expect(
            (await login("seller", "rina@tokobatik.id", "salah", ip)).status
          ).toBe(401)
        }
        expect(
          (await login("seller", "rina@tokobatik.id", "batik-solo-2026", ip))
            .status
        ).toBe(429)

        // The same e-mail as another actor is another account; unknown
        // accounts (operators here) are limited like known ones.
        for (let i = 0; i < 5; i++) {
          expect(
            (await login("user", "rina@tokobatik.id", "salah", ip)).status
          ).toBe(401)
        }
        expect(
          (await login("user", "rina@tokobatik.id", "salah", ip)).status
        ).toBe(429)

        // Bodies without a usable e-mail reach Medusa (only the address counts).
        for (const body of [[{ email: "rina@tokobatik.id" }], { email: 42 }]) {
          const res = await call(
            api.post("/auth/seller/emailpass", body, from(ip))
          )
          expect(res.status).not.toBe(429)
          expect(res.status).toBeLessThan(500)
        }
      })

      it("limits one address to 20 failures over any accounts; other addresses are not affected", async () => {
        const ip = "198.51.100.3"
        for (let i = 0; i < 20; i++) {
          expect(
            (await login("customer", `tamu${i}@example.com`, "salah", ip))
              .status
          ).toBe(401)
        }
        const blocked = await login(
          "customer",
          "tamu-baru@example.com",
          "salah",
          ip
        )
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
        expect(blocked.data).toEqual({
          type: "too_many_requests",
          message: expect.stringMatching(
            /^Too many failed logins from this address; try again in \d+ s$/
          ),
        })

        const elsewhere = await login(
          "customer",
          "tamu-baru@example.com",
          "salah",
          "198.51.100.4"
        )
        expect(elsewhere.status).toBe(401)
      })
    })
  },
})
