"use client"

import { useEffect, useState } from "react"

type Toast = { id: number; ok: boolean; message: string }
const EVENT = "belanjain:toast"

/** Shows a message that outlives the form that caused it (e.g. a cancel button that disappears). */
export function toast(ok: boolean, message: string) {
  window.dispatchEvent(
    new CustomEvent<Omit<Toast, "id">>(EVENT, { detail: { ok, message } })
  )
}

/** The page's toast area (in the root layout), announced to screen readers. */
export function Toaster() {
  const [toasts, setToasts] = useState<Toast[]>([])
  useEffect(() => {
    const onToast = (e: Event) => {
      const { ok, message } = (e as CustomEvent<Omit<Toast, "id">>).detail
      const id = Date.now() + Math.random()
      setToasts((list) => [...list.slice(-2), { id, ok, message }])
      setTimeout(
        () => setToasts((list) => list.filter((t) => t.id !== id)),
        8000
      )
    }
    window.addEventListener(EVENT, onToast)
    return () => window.removeEventListener(EVENT, onToast)
  }, [])
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4"
    >
      {toasts.map((t) => (
        <p
          key={t.id}
          role={t.ok ? "status" : "alert"}
          data-feedback={t.ok ? "success" : "error"}
          className={`pointer-events-auto max-w-md rounded-md px-4 py-3 text-sm shadow-lg ${t.ok ? "bg-emerald-800 text-white" : "bg-red-800 text-white"}`}
        >
          {t.message}
        </p>
      ))}
    </div>
  )
}
