// Demo data, operator account, health wait and the start-up banner.
import pg from "pg"
import { log } from "./env.mjs"
import { runOrThrow } from "./run.mjs"

export const DEMO_KEY_TITLE = "Belanjain Storefront"
export const ADMIN_EMAIL = () =>
  process.env.ADMIN_EMAIL || "admin@belanjain.test"
export const ADMIN_PASSWORD = () => process.env.ADMIN_PASSWORD || "belanjain123"

async function withClient(fn) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

const findKey = (client) =>
  client
    .query(
      "select token from api_key where title = $1 and type = 'publishable' and deleted_at is null and revoked_at is null order by created_at limit 1",
      [DEMO_KEY_TITLE]
    )
    .then((r) => r.rows[0]?.token ?? null)

const userExists = (client, email) =>
  client
    .query('select 1 from "user" where email = $1 and deleted_at is null', [
      email,
    ])
    .then((r) => r.rowCount > 0)

/**
 * Seeds the demo (once: the seed's publishable key marks it as done) and
 * creates the operator account (once). Returns the key and credentials.
 */
export async function ensureDemoData() {
  let key = await withClient(findKey)
  if (!key) {
    log("seeding demo data (src/scripts/seed.ts)")
    await runOrThrow("medusa", ["exec", "./src/scripts/seed.ts"], {
      quiet: true,
    })
    key = await withClient(findKey)
    if (!key)
      throw new Error(
        `the seed finished but no publishable key titled "${DEMO_KEY_TITLE}" exists`
      )
  } else {
    log("demo data already present: not seeding again")
  }

  const email = ADMIN_EMAIL()
  const password = ADMIN_PASSWORD()
  if (!(await withClient((c) => userExists(c, email)))) {
    log(`creating the operator account ${email}`)
    await runOrThrow("medusa", ["user", "-e", email, "-p", password], {
      quiet: true,
    })
  }
  return { key, email, password }
}

export async function waitForHealth(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://localhost:${port}/health`)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(
    `the server did not answer http://localhost:${port}/health within ${timeoutMs / 1000}s`
  )
}

export function printBanner({ port, storefront, key, email, password }) {
  const base = `http://localhost:${port}`
  const lines = [
    "",
    "Belanjain is running",
    ...(storefront ? [`  Storefront:         ${storefront}`] : []),
    `  Admin (operators):  ${base}/app`,
    `  Operator login:     ${email} / ${password}`,
    `  Store API:          ${base}/store/products`,
    `  Health:             ${base}/health`,
    `Publishable API key: ${key}`,
    "",
  ]
  console.log(lines.join("\n"))
}
