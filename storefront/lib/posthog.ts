import "server-only"
import { cookies } from "next/headers"
import { PostHog } from "posthog-node"
import type { AnalyticsEvent } from "./analytics-events"
import { config } from "./config"

let client: PostHog | null = null

function posthog(): PostHog | null {
  if (!config.analytics.posthogKey) return null
  client ??= new PostHog(config.analytics.posthogKey, {
    host: config.analytics.posthogHost,
    flushAt: 1,
    flushInterval: 0,
  })
  return client
}

/** An anonymous id per browser (the PostHog distinct id), set on first use. */
async function distinctId(): Promise<string> {
  const jar = await cookies()
  const existing = jar.get("_bj_aid")?.value
  if (existing) return existing
  const id = crypto.randomUUID()
  try {
    jar.set("_bj_aid", id, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
    })
  } catch {
    // read-only cookies (a server component render): the id is used once
  }
  return id
}

/** Sends the event to PostHog when POSTHOG_API_KEY is set; never fails the caller. */
export async function captureServerEvent(
  event: AnalyticsEvent,
  properties: Record<string, unknown>
) {
  const ph = posthog()
  if (!ph) return
  try {
    ph.capture({ distinctId: await distinctId(), event, properties })
    await ph.flush()
  } catch (e) {
    console.warn(
      `[analytics] PostHog ${event} not sent: ${(e as Error).message}`
    )
  }
}
