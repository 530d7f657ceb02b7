"use client"

import { useEffect, useState, useTransition } from "react"
import { subscribePush, unsubscribePush } from "@/lib/actions"
import { toast } from "./toaster"

type State = "unsupported" | "denied" | "off" | "on" | "loading"

/** base64url → bytes, for `applicationServerKey`. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = (base64url + "=".repeat((4 - (base64url.length % 4)) % 4))
    .replace(/-/g, "+")
    .replace(/_/g, "/")
  const raw = atob(b64)
  const out = new Uint8Array(new ArrayBuffer(raw.length))
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i)
  return out
}

/**
 * Opt-in to push notifications of order status changes (shown only when the
 * server has VAPID keys). Registers /sw.js, subscribes with the server's
 * public key and hands the subscription to the store API.
 */
export function PushOptIn({
  vapidPublicKey,
  labels,
}: {
  vapidPublicKey: string
  labels: {
    title: string
    intro: string
    enable: string
    disable: string
    on: string
    denied: string
    unsupported: string
  }
}) {
  const [state, setState] = useState<State>("loading")
  const [pending, start] = useTransition()

  useEffect(() => {
    if (
      !("serviceWorker" in navigator) ||
      !("PushManager" in window) ||
      !("Notification" in window)
    ) {
      setState("unsupported")
      return
    }
    if (Notification.permission === "denied") {
      setState("denied")
      return
    }
    navigator.serviceWorker
      .register("/sw.js")
      .then((reg) => reg.pushManager.getSubscription())
      .then((sub) => setState(sub ? "on" : "off"))
      .catch(() => setState("unsupported"))
  }, [])

  const enable = () =>
    start(async () => {
      try {
        const permission = await Notification.requestPermission()
        if (permission !== "granted") {
          setState(permission === "denied" ? "denied" : "off")
          toast(false, labels.denied)
          return
        }
        const reg = await navigator.serviceWorker.register("/sw.js")
        await navigator.serviceWorker.ready
        const sub = await reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(vapidPublicKey),
        })
        const res = await subscribePush(sub.toJSON())
        if (!res.ok) await sub.unsubscribe().catch(() => undefined)
        setState(res.ok ? "on" : "off")
        toast(!!res.ok, res.message ?? "")
      } catch (e) {
        setState("off")
        toast(false, `${labels.unsupported} (${(e as Error).message})`)
      }
    })

  const disable = () =>
    start(async () => {
      const reg = await navigator.serviceWorker.getRegistration("/sw.js")
      const sub = await reg?.pushManager.getSubscription()
      if (!sub) {
        setState("off")
        return
      }
      const res = await unsubscribePush(sub.endpoint)
      if (res.ok) await sub.unsubscribe().catch(() => undefined)
      setState(res.ok ? "off" : "on")
      toast(!!res.ok, res.message ?? "")
    })

  return (
    <section
      aria-labelledby="push-heading"
      className="rounded-lg border border-gray-200 p-4"
      data-testid="push-opt-in"
      data-state={state}
    >
      <h2 id="push-heading" className="mb-1 font-bold">
        {labels.title}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{labels.intro}</p>
      {state === "unsupported" ? (
        <p className="text-sm text-gray-700">{labels.unsupported}</p>
      ) : state === "denied" ? (
        <p className="text-sm text-gray-700">{labels.denied}</p>
      ) : state === "on" ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-emerald-800">{labels.on}</p>
          <button
            type="button"
            onClick={disable}
            disabled={pending}
            className="min-h-11 rounded-md border border-gray-300 px-4"
          >
            {labels.disable}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={enable}
          disabled={pending || state === "loading"}
          className="min-h-11 rounded-md bg-teal-700 px-4 font-semibold text-white disabled:opacity-60"
        >
          {labels.enable}
        </button>
      )}
    </section>
  )
}
