/**
 * The contract every RouterClient meets, written once and run against the
 * fake RouterOS for each API kind (rest.spec.ts, classic-api.spec.ts), for a
 * RouterOS 7.18 (the classic API answers empty prints with `!empty`) and a
 * 6.49 (it does not).
 */
import {
  startFakeRouterOS,
  type FakeRouterOS,
} from "../../../testing/fake-routeros"
import { createRouterClient } from ".."
import type { HotspotUserInput, RouterApiKind, RouterClient } from "../types"
import {
  closedPort,
  connectionTo,
  opensslAvailable,
  PASSWORD,
  routerError,
  selfSignedCertificate,
  USERNAME,
} from "./helpers"

const VOUCHER: HotspotUserInput = {
  name: "BLJ-7K2M9Q",
  password: "483920",
  profile: "1jam",
  limit_uptime: "1h",
  limit_bytes_total: 2 * 1024 ** 3,
  comment: "belanjain order_01J",
}

export function describeRouterContract(kind: RouterApiKind): void {
  describe.each(["7.18", "6.49"])(
    `${kind} client on RouterOS %s`,
    (version) => {
      let fake: FakeRouterOS
      let client: RouterClient

      beforeAll(async () => {
        fake = await startFakeRouterOS({
          username: USERNAME,
          password: PASSWORD,
          version,
          profiles: ["default", "1jam", "1hari"],
        })
      })
      afterAll(() => fake.close())
      beforeEach(() => {
        fake.reset()
        client = createRouterClient(kind, connectionTo(fake, kind))
      })
      afterEach(() => client.close())

      it("creates a user and finds it by name with the same profile and limits", async () => {
        const created = await client.createUser(VOUCHER)
        const found = await client.findUserByName(VOUCHER.name)

        expect(created.id).toMatch(/^\*[0-9A-F]+$/)
        expect(found).toEqual({
          id: created.id,
          name: VOUCHER.name,
          profile: "1jam",
          comment: VOUCHER.comment,
          limit_uptime: "1h",
          limit_bytes_total: 2 * 1024 ** 3,
          disabled: false,
        })
        expect(created).toMatchObject({
          name: VOUCHER.name,
          profile: "1jam",
          limit_uptime: "1h",
          limit_bytes_total: 2 * 1024 ** 3,
        })
        expect(fake.users.get(VOUCHER.name)).toMatchObject({
          password: "483920",
          "limit-bytes-total": "2147483648",
        })
      })

      it("creates a user with only name and password (router defaults apply)", async () => {
        await client.createUser({ name: "tamu", password: "" })

        const found = await client.findUserByName("tamu")
        expect(found).toMatchObject({
          name: "tamu",
          profile: "default",
          limit_uptime: null,
          limit_bytes_total: null,
          comment: null,
        })
        expect(fake.users.get("tamu")).toEqual({
          ".id": found?.id,
          name: "tamu",
          password: "",
        })
      })

      it("finds nothing for an unknown name", async () => {
        await client.createUser({ ...VOUCHER, name: "someone-else" })

        expect(await client.findUserByName("nobody")).toBeNull()
      })

      it("refuses a second user with the same name as a conflict", async () => {
        await client.createUser(VOUCHER)

        const error = await routerError(
          client.createUser({ ...VOUCHER, password: "other" })
        )

        expect(error.kind).toBe("conflict")
        expect(error.retryable).toBe(false)
        expect(
          [...fake.users.values()].filter((u) => u.name === VOUCHER.name)
        ).toHaveLength(1)
        expect(fake.users.get(VOUCHER.name)?.password).toBe("483920")
      })

      it("removes a user by name, then reports there was nothing to remove", async () => {
        await client.createUser(VOUCHER)
        await client.createUser({ ...VOUCHER, name: "stays" })

        expect(await client.removeUser(VOUCHER.name)).toBe(true)
        expect(await client.findUserByName(VOUCHER.name)).toBeNull()
        expect(await client.removeUser(VOUCHER.name)).toBe(false)
        expect([...fake.users.keys()]).toEqual(["stays"])
      })

      it("keeps unicode and spaces in comments and names", async () => {
        const comment = "Paket 1 jam — Warung Bu Sri ☕ 😀  (dua spasi)"
        const name = "tamu kamar 12 & a=b"
        await client.createUser({ name, password: "p w", comment })

        const found = await client.findUserByName(name)

        expect(found).toMatchObject({ name, comment })
        expect(fake.users.get(name)).toMatchObject({ comment, password: "p w" })
      })

      it("reports the router's reason when it rejects a command", async () => {
        const error = await routerError(
          client.createUser({ ...VOUCHER, profile: "no-such-profile" })
        )

        expect(error.kind).toBe("rejected")
        expect(error.retryable).toBe(false)
        expect(error.message).toContain(
          "input does not match any value of profile"
        )
        expect(fake.users.size).toBe(0)
      })

      it("fails with auth on a wrong password", async () => {
        const wrong = createRouterClient(
          kind,
          connectionTo(fake, kind, { password: "salah" })
        )
        try {
          const error = await routerError(wrong.findUserByName(VOUCHER.name))
          expect(error.kind).toBe("auth")
          expect(error.retryable).toBe(false)
          expect(error.message).not.toContain("salah")
        } finally {
          await wrong.close()
        }
      })

      it("fails as unreachable and retryable when the router drops the connection, then recovers", async () => {
        await client.createUser(VOUCHER)
        fake.failNext(1, "down")

        const error = await routerError(client.findUserByName(VOUCHER.name))

        expect(error.kind).toBe("unreachable")
        expect(error.retryable).toBe(true)
        expect(await client.findUserByName(VOUCHER.name)).toMatchObject({
          name: VOUCHER.name,
        })
      })

      it("fails while the router is down and works once it is back", async () => {
        fake.setDown(true)
        const error = await routerError(client.createUser(VOUCHER))
        expect(error).toMatchObject({ kind: "unreachable", retryable: true })
        expect(fake.users.size).toBe(0)

        fake.setDown(false)
        await client.createUser(VOUCHER)
        expect(fake.users.has(VOUCHER.name)).toBe(true)
      })

      it("fails as unreachable when nothing listens on the port", async () => {
        const port = await closedPort()
        const nowhere = createRouterClient(
          kind,
          connectionTo(fake, kind, { port })
        )
        try {
          const error = await routerError(nowhere.findUserByName("x"))
          expect(error).toMatchObject({ kind: "unreachable", retryable: true })
          expect(error.message).toContain("ECONNREFUSED")
        } finally {
          await nowhere.close()
        }
      })

      it("times out when the router never answers, then recovers", async () => {
        const impatient = createRouterClient(
          kind,
          connectionTo(fake, kind, { timeout_ms: 300 })
        )
        try {
          fake.failNext(1, "timeout")
          const started = Date.now()

          const error = await routerError(impatient.findUserByName("x"))

          expect(error).toMatchObject({ kind: "timeout", retryable: true })
          expect(Date.now() - started).toBeLessThan(2_000)
          await impatient.createUser(VOUCHER)
          expect(fake.users.has(VOUCHER.name)).toBe(true)
        } finally {
          await impatient.close()
        }
      })

      it("fails on an internal router error, and the next call succeeds", async () => {
        fake.failNext(1, "error500")

        const error = await routerError(client.createUser(VOUCHER))

        expect(error.kind).toBe("rejected")
        expect(error.retryable).toBe(kind === "rest") // HTTP 500 vs a !trap
        expect(fake.users.size).toBe(0)
        await client.createUser(VOUCHER)
        expect(fake.users.size).toBe(1)
      })
    }
  )

  // Only where openssl exists to make the certificate.
  if (opensslAvailable) {
    describe(`${kind} client over TLS with a self-signed certificate`, () => {
      let fake: FakeRouterOS

      beforeAll(async () => {
        fake = await startFakeRouterOS({
          username: USERNAME,
          password: PASSWORD,
          tls: selfSignedCertificate(),
        })
      })
      afterAll(() => fake.close())
      beforeEach(() => fake.reset())

      it("works with use_tls and tls_verify: false", async () => {
        const client = createRouterClient(
          kind,
          connectionTo(fake, kind, { use_tls: true, tls_verify: false })
        )
        try {
          await client.createUser(VOUCHER)
          expect(await client.findUserByName(VOUCHER.name)).toMatchObject({
            name: VOUCHER.name,
          })
          expect(fake.restUrl).toMatch(/^https:/)
        } finally {
          await client.close()
        }
      })

      it("refuses the certificate when tls_verify is on, without retrying", async () => {
        const client = createRouterClient(
          kind,
          connectionTo(fake, kind, { use_tls: true })
        )
        try {
          const error = await routerError(client.findUserByName(VOUCHER.name))
          expect(error).toMatchObject({ kind: "unreachable", retryable: false })
          expect(error.message).toMatch(/certificate/i)
          expect(fake.requests).toHaveLength(0)
        } finally {
          await client.close()
        }
      })
    })
  }
}
