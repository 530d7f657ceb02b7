import {
  Button,
  Drawer,
  StatusBadge,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { errorMessage, formatDateTime } from "../lib/format"
import {
  usePageVersions,
  useRollbackPage,
  type Page,
  type PageVersion,
} from "../lib/pages"
import { EmptyState, ErrorState, LoadingState } from "./common"

const VersionRow = ({
  version,
  live,
  pending,
  onRollback,
}: {
  version: PageVersion
  live: boolean
  pending: boolean
  onRollback: () => void
}) => (
  <li
    className="flex items-center justify-between gap-4 px-6 py-3"
    aria-label={`Version ${version.version}`}
  >
    <div className="flex min-w-0 flex-col">
      <div className="flex items-center gap-2">
        <Text size="small" weight="plus">
          Version {version.version}
        </Text>
        {live && <StatusBadge color="green">Live</StatusBadge>}
      </div>
      <Text size="small" className="truncate">
        {version.title}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {formatDateTime(version.published_at)}
        {version.published_by ? ` · ${version.published_by}` : ""}
      </Text>
    </div>
    <Button
      size="small"
      variant="secondary"
      aria-label={`Rollback to version ${version.version}`}
      disabled={live || pending}
      onClick={onRollback}
    >
      Rollback
    </Button>
  </li>
)

/**
 * Published versions, newest first. Rollback publishes the chosen version
 * again, as a new version.
 */
export const HistoryDrawer = ({
  page,
  open,
  onOpenChange,
  onRolledBack,
}: {
  page: Page
  open: boolean
  onOpenChange: (open: boolean) => void
  onRolledBack: (page: Page) => void
}) => {
  const prompt = usePrompt()
  const { data, isLoading, isError, error } = usePageVersions(page.id, open)
  const rollback = useRollbackPage(page.id)
  const versions = [...(data?.versions ?? [])].sort(
    (a, b) => b.version - a.version
  )
  const liveVersion =
    page.status === "published" ? page.published_version : null

  const run = async (version: number) => {
    const confirmed = await prompt({
      title: `Roll back to version ${version}?`,
      description: `Version ${version} is published again as a new version and the store shows it at once.`,
      confirmText: "Confirm",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    rollback.mutate(version, {
      onSuccess: ({ page: updated }) => {
        toast.success(
          `Version ${version} is live again (as version ${updated.published_version})`
        )
        onRolledBack(updated)
      },
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>History</Drawer.Title>
          <Drawer.Description className="sr-only">
            The published versions of this page.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto p-0">
          {isLoading ? (
            <LoadingState />
          ) : isError ? (
            <ErrorState error={error} />
          ) : versions.length === 0 ? (
            <EmptyState>Not published yet: no versions.</EmptyState>
          ) : (
            <ul className="divide-y" aria-label="Versions">
              {versions.map((v) => (
                <VersionRow
                  key={v.id}
                  version={v}
                  live={v.version === liveVersion}
                  pending={rollback.isPending}
                  onRollback={() => run(v.version)}
                />
              ))}
            </ul>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
