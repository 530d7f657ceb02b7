"use client"

import { useActionState, useEffect } from "react"
import type { ActionState } from "@/lib/actions"
import { track } from "./analytics"
import { Feedback, SubmitButton } from "./feedback"
import { toast as showToast } from "./toaster"

/**
 * A form posting to a server action, with its feedback below and a submit
 * button that shows progress. `confirm` asks before submitting (e.g. a cancel).
 */
export function ActionForm({
  action,
  hidden = {},
  submit,
  pending,
  variant,
  confirm,
  className,
  testId,
  toast,
  children,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>
  hidden?: Record<string, string>
  submit: string
  pending?: string
  variant?: "primary" | "secondary" | "danger"
  confirm?: string
  className?: string
  testId?: string
  /** Answer in a toast: for forms that disappear once they succeed. */
  toast?: boolean
  children?: React.ReactNode
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    async (prev, form) => {
      const answer = await action(prev, form)
      // Shown before the new page (without this form) replaces the old one.
      if (toast && answer.message) showToast(!!answer.ok, answer.message)
      return answer
    },
    {}
  )
  useEffect(() => {
    if (state.ok && state.event)
      track(state.event.name, state.event.params as never)
  }, [state])
  return (
    <form
      action={formAction}
      className={className}
      data-testid={testId}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault()
      }}
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <SubmitButton pending={pending} variant={variant}>
        {submit}
      </SubmitButton>
      {toast ? null : <Feedback state={state} />}
    </form>
  )
}
