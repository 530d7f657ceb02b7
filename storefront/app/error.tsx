"use client"

import { useEffect } from "react"
import { reportError } from "@/components/sentry"

/** Any unexpected failure of a page: a message and a retry, never a blank screen. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  useEffect(() => reportError(error), [error])
  const en =
    typeof document !== "undefined" && document.documentElement.lang === "en"
  return (
    <div
      role="alert"
      className="mx-auto my-12 max-w-xl rounded-lg border border-red-200 bg-red-50 p-6 text-red-900"
    >
      <p className="font-semibold">
        {en ? "Something went wrong." : "Terjadi kesalahan."}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-3 min-h-11 rounded-md border border-red-300 bg-white px-4"
      >
        {en ? "Try again" : "Coba lagi"}
      </button>
    </div>
  )
}
