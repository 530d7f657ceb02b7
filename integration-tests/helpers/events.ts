import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type JobCounts = Record<string, number>
type BullQueue = { getJobCounts: (...states: string[]) => Promise<JobCounts> }

/**
 * Waits until the Redis event bus has delivered every queued event and its
 * subscribers have finished (Medusa keeps a BullMQ job active until all its
 * subscribers resolve). Specs that fire hundreds of events (the demo seed)
 * call it after each test, so subscriber work never runs into the next
 * test's database restore or the app's shutdown. No-op on the local bus.
 */
export async function eventsSettled(
  container: MedusaContainer,
  timeoutMs = 120_000
): Promise<void> {
  const bus = container.resolve(Modules.EVENT_BUS, {
    allowUnregistered: true,
  }) as { queue_?: BullQueue } | undefined
  const queue = bus?.queue_
  if (!queue?.getJobCounts) return
  const end = Date.now() + timeoutMs
  let counts: JobCounts = {}
  while (Date.now() < end) {
    counts = await queue.getJobCounts(
      "active",
      "waiting",
      "delayed",
      "prioritized",
      "waiting-children"
    )
    if (Object.values(counts).every((n) => n === 0)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(
    `events still pending after ${timeoutMs} ms: ${JSON.stringify(counts)}`
  )
}
