import { Heading, StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import {
  errorMessage,
  PURCHASE_STATUS_COLOR,
  PURCHASE_STATUS_LABEL,
} from "../lib/format"
import type { PurchaseStatus } from "../lib/vouchers"

export const SectionHeader = ({
  title,
  description,
  actions,
}: {
  title: string
  description?: string
  actions?: ReactNode
}) => (
  <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
    <div>
      <Heading level="h2">{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex items-center gap-2">{actions}</div>}
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
  <Text size="small" className="text-ui-fg-error px-6 py-4">
    {errorMessage(error)}
  </Text>
)

export const Field = ({
  label,
  children,
}: {
  label: string
  children?: ReactNode
}) => (
  <div className="grid grid-cols-2 gap-4 px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="break-all">
      {children === undefined || children === null || children === ""
        ? "-"
        : children}
    </Text>
  </div>
)

export const PurchaseStatusBadge = ({ status }: { status: PurchaseStatus }) => (
  <StatusBadge color={PURCHASE_STATUS_COLOR[status] ?? "grey"}>
    {PURCHASE_STATUS_LABEL[status] ?? status}
  </StatusBadge>
)
