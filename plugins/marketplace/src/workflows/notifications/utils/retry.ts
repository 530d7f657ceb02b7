/** Exponential back-off: attempt n (1-based) waits base × 2^(n-2) before it runs (none before the first). */
export function backoffDelay(attempt: number, baseMs: number): number {
  return attempt <= 1 ? 0 : baseMs * 2 ** (attempt - 2)
}

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms))

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** A configuration error (no provider for the channel): retrying cannot help. */
export function isPermanentSendError(e: unknown): boolean {
  return /could not find a notification provider|is not enabled/i.test(
    errorMessage(e)
  )
}
