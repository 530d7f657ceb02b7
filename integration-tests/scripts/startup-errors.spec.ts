import { spawnSync } from "child_process"
import path from "path"

const ROOT = path.resolve(__dirname, "..", "..")

/** Runs a Node script with only the given environment (plus PATH and HOME). */
function runNode(args: string[], env: Record<string, string>) {
  const started = Date.now()
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    encoding: "utf8",
    // The limit: start-up must end within 15 s. The process is killed after that.
    timeout: 15_000,
  })
  return { ...result, seconds: (Date.now() - started) / 1000 }
}

/** Runs `npm run dev`'s script with the given environment; it must give up on its own. */
function runDev(env: Record<string, string>) {
  return runNode([path.join(ROOT, "scripts", "dev.mjs")], env)
}

/**
 * Runs the Medusa CLI itself, as production does (the image runs
 * `npx medusa db:migrate && npm start`), with the given environment.
 */
function runMedusa(args: string[], env: Record<string, string>) {
  const cli = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
  return runNode([cli, ...args], env)
}

describe("start-up errors are clear and fast", () => {
  it("stops with a message naming DATABASE_URL and the address when Postgres is unreachable", () => {
    const res = runDev({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/x" })

    expect(res.signal).toBeNull() // not killed by the 15 s timeout
    expect(res.status).toBe(1)
    expect(res.stderr).toContain("DATABASE_URL")
    expect(res.stderr).toContain("127.0.0.1:1")
    expect(res.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/) // no stack dump
  })

  it("stops with a message naming REDIS_URL and the address when Redis is unreachable", () => {
    // Both services are checked together and every unreachable one is named.
    const res = runDev({
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/x",
      REDIS_URL: "redis://127.0.0.1:1",
    })

    expect(res.signal).toBeNull()
    expect(res.status).toBe(1)
    expect(res.stderr).toContain("REDIS_URL")
    expect(res.stderr).toContain("127.0.0.1:1")
  })

  it("does not print the password of DATABASE_URL", () => {
    const res = runDev({
      DATABASE_URL: "postgres://user:s3cr3t-value@127.0.0.1:1/x",
    })
    expect(res.status).toBe(1)
    expect(res.stderr).not.toContain("s3cr3t-value")
    expect(res.stderr).toContain("***")
  })

  it("refuses to boot in production with a short JWT_SECRET, naming it", () => {
    // Everything else is safe, so JWT_SECRET is the only problem named. The
    // database is unreachable: the config check must stop the CLI first.
    const res = runMedusa(["db:migrate"], {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/x",
      JWT_SECRET: "too-short",
      COOKIE_SECRET: "c".repeat(32),
      STORE_CORS: "https://shop.example.com",
      ADMIN_CORS: "https://admin.example.com",
      AUTH_CORS: "https://admin.example.com,https://shop.example.com",
    })
    // Medusa's production logger writes JSON lines to stdout.
    const output = res.stdout + res.stderr

    expect(res.signal).toBeNull()
    expect(res.status).not.toBe(0)
    expect(output).toContain("unsafe production configuration")
    expect(output).toContain("JWT_SECRET is too short")
    expect(output).not.toContain("COOKIE_SECRET")
    expect(output).not.toContain("127.0.0.1:1") // stopped before connecting
  })
})
