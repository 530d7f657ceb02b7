import type { Logger } from "@medusajs/framework/types"
import { startFakeMidtrans, type FakeMidtrans } from "../../../testing"
import { MidtransProviderService } from "../service"
import type { MidtransOptions } from "../types"

export const SERVER_KEY = "SB-Mid-server-TEST-secret"
export const CLIENT_KEY = "SB-Mid-client-TEST"

export type Logs = { warn: string[]; info: string[]; error: string[] }

export function collectingLogger(logs: Logs): Logger {
  const noop = () => undefined
  return {
    warn: (m: string) => logs.warn.push(String(m)),
    info: (m: string) => logs.info.push(String(m)),
    error: (m: string) => logs.error.push(String(m)),
    debug: noop,
    log: noop,
    http: noop,
    verbose: noop,
    silly: noop,
    panic: noop,
    activity: () => "",
    progress: noop,
    success: noop,
    failure: noop,
    shouldLog: () => true,
    setLogLevel: noop,
    unsetLogLevel: noop,
  } as unknown as Logger
}

let seq = 0
/** A fresh Medusa-like payment session id. */
export function newSessionId(): string {
  seq += 1
  return `payses_01TEST${Date.now().toString(36).toUpperCase()}${seq}`
}

/** The fake server plus a provider pointed at it, as in medusa-config. */
export async function setupProvider(
  options: Partial<MidtransOptions> = {},
  fakeOptions: { notFoundHttpStatus?: 200 | 404 } = {}
): Promise<{
  fake: FakeMidtrans
  provider: MidtransProviderService
  logs: Logs
}> {
  const fake = await startFakeMidtrans({
    serverKey: SERVER_KEY,
    ...fakeOptions,
  })
  const logs: Logs = { warn: [], info: [], error: [] }
  const provider = new MidtransProviderService(
    { logger: collectingLogger(logs) },
    {
      server_key: SERVER_KEY,
      client_key: CLIENT_KEY,
      base_url: fake.url,
      ...options,
    }
  )
  return { fake, provider, logs }
}

/**
 * Registers the suite's hooks: one fake server + provider for the file,
 * requests and logs emptied before each test, the server closed after. The
 * returned object's fields are filled in by `beforeAll`.
 */
export function useProvider(): {
  fake: FakeMidtrans
  provider: MidtransProviderService
  logs: Logs
} {
  const ctx = {} as {
    fake: FakeMidtrans
    provider: MidtransProviderService
    logs: Logs
  }
  beforeAll(async () => {
    Object.assign(ctx, await setupProvider())
  })
  afterAll(async () => {
    await ctx.fake?.close()
  })
  beforeEach(() => {
    ctx.fake.requests.length = 0
    ctx.logs.warn.length = 0
    ctx.logs.info.length = 0
    ctx.logs.error.length = 0
  })
  return ctx
}
