import { Heading, Label, StatusBadge, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import {
  errorMessage,
  fieldOfMessage,
  PAGE_STATUS_COLOR,
  PAGE_STATUS_LABEL,
} from "../lib/format"
import type { PageStatus } from "../lib/pages"

export const SectionHeader = ({
  title,
  description,
  actions,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
}) => (
  <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
    <div>
      <Heading level="h1">{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && (
      <div className="flex flex-wrap items-center gap-2">{actions}</div>
    )}
  </div>
)

export const LoadingState = ({ label = "Loading…" }: { label?: string }) => (
  <Text size="small" className="text-ui-fg-subtle px-6 py-4">
    {label}
  </Text>
)

export const EmptyState = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="text-ui-fg-subtle px-6 py-4">
    {children}
  </Text>
)

export const ErrorState = ({ error }: { error: unknown }) => (
  <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
    {errorMessage(error)}
  </Text>
)

export const PageStatusBadge = ({ status }: { status: PageStatus }) => (
  <StatusBadge color={PAGE_STATUS_COLOR[status] ?? "grey"}>
    {PAGE_STATUS_LABEL[status] ?? status}
  </StatusBadge>
)

/**
 * A labelled form control with an optional hint and the server's error for
 * it (linked with aria-describedby / aria-invalid by the caller's input).
 */
export const FormField = ({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string | null
  children: ReactNode
}) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && !error && (
      <Text id={`${id}-hint`} size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
    {error && (
      <Text
        id={`${id}-error`}
        size="xsmall"
        className="text-ui-fg-error"
        role="alert"
      >
        {error}
      </Text>
    )}
  </div>
)

/** Props for an input inside `FormField` with that id and error. */
export function fieldA11y(id: string, error?: string | null) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  } as const
}

/**
 * A form's server errors: a 400 whose message names one of `fields` is shown
 * at that field, anything else above the form; both also as a toast.
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  return {
    errors,
    formError,
    reset() {
      setErrors({})
      setFormError(null)
    },
    report(err: unknown) {
      const message = errorMessage(err)
      const field = fieldOfMessage(message, fields)
      if (field) setErrors({ [field]: message } as Partial<Record<F, string>>)
      else setFormError(message)
      toast.error(message)
    },
  }
}
