"use client"

import { useFormStatus } from "react-dom"
import type { ActionState } from "@/lib/actions"

/** The answer of a form action, announced to screen readers. */
export function Feedback({ state }: { state: ActionState }) {
  if (!state.message)
    return <p role="status" aria-live="polite" className="sr-only" />
  return (
    <p
      key={state.at}
      role={state.ok ? "status" : "alert"}
      aria-live="polite"
      data-feedback={state.ok ? "success" : "error"}
      className={`mt-2 rounded-md px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}
    >
      {state.message}
    </p>
  )
}

/** A submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  pending,
  className = "",
  variant = "primary",
  ...rest
}: {
  children: React.ReactNode
  pending?: string
  className?: string
  variant?: "primary" | "secondary" | "danger"
} & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const status = useFormStatus()
  const styles = {
    primary: "bg-teal-700 text-white hover:bg-teal-800",
    secondary: "border border-gray-300 bg-white text-gray-900 hover:bg-gray-50",
    danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
  }[variant]
  return (
    <button
      type="submit"
      disabled={status.pending || rest.disabled}
      aria-busy={status.pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles} ${className}`}
      {...rest}
    >
      {status.pending && pending ? pending : children}
    </button>
  )
}
