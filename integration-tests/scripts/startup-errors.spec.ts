import { spawnSync } from "child_process"
import path from "path"

const ROOT = path.resolve(__dirname, "..", "..")

/** Runs `npm run dev`'s script with the given environment; it must give up on its own. */
function runDev(env: Record<string, string>) {
  const started = Date.now()
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "scripts", "dev.mjs")],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...env,
      },
      encoding: "utf8",
      // The limit: start-up must end within 15 s. The process is killed after that.
      timeout: 15_000,
    }
  )
  return { ...result, seconds: (Date.now() - started) / 1000 }
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
})
