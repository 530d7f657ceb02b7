/** Exponential back-off: attempt n (1-based) waits base × 2^(n-1) before it runs (none before the first). */
export function backoffDelay(attempt: number, baseMs: number): number {
  return attempt <= 1 ? 0 : baseMs * 2 ** (attempt - 2)
}

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `fn` up to `attempts` times with exponential back-off between tries.
 * `retryable(error)` false stops at once. Returns the value or throws the last error.
 */
export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  options: {
    attempts: number
    baseMs: number
    retryable?: (error: unknown) => boolean
    onError?: (error: unknown, attempt: number) => void | Promise<void>
  }
): Promise<T> {
  let last: unknown
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    await sleep(backoffDelay(attempt, options.baseMs))
    try {
      return await fn(attempt)
    } catch (e) {
      last = e
      await options.onError?.(e, attempt)
      if (options.retryable && !options.retryable(e)) break
    }
  }
  throw last
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
