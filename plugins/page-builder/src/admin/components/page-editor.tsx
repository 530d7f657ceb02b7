import "@puckeditor/core/no-external.css"
import {
  ArrowLeft,
  ClockSolid,
  CogSixTooth,
  EllipsisHorizontal,
  Eye,
} from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { Puck, useGetPuck, type Data, type Overrides } from "@puckeditor/core"
import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  describeContentError,
  fromPuckData,
  stableJson,
  toPuckData,
  type ContentError,
} from "../lib/content"
import {
  errorMessage,
  formatDateTime,
  storefrontPreviewUrl,
} from "../lib/format"
import {
  useDeletePage,
  usePreviewToken,
  usePublishPage,
  useUnpublishPage,
  useUpdatePage,
  type Page,
  type PageContent,
} from "../lib/pages"
import { puckConfig, type PagePuckConfig } from "../lib/puck-config"
import { PageStatusBadge } from "./common"
import { HistoryDrawer } from "./history-drawer"
import { PageSettingsDrawer } from "./page-settings-drawer"

type GetPuck = ReturnType<typeof useGetPuck>

/** Hands the editor's live state (data, dispatch) to the toolbar outside Puck. */
const PuckBridge = ({ apiRef }: { apiRef: { current: GetPuck | null } }) => {
  const getPuck = useGetPuck()
  useEffect(() => {
    apiRef.current = getPuck
    return () => {
      if (apiRef.current === getPuck) apiRef.current = null
    }
  }, [apiRef, getPuck])
  return null
}

/** Edits a page's draft with Puck; saves, publishes, previews and rolls back. */
export const PageEditor = ({ page }: { page: Page }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const update = useUpdatePage(page.id)
  const publish = usePublishPage(page.id)
  const unpublish = useUnpublishPage(page.id)
  const previewToken = usePreviewToken(page.id)
  const remove = useDeletePage(page.id)

  // What Puck starts from; replaced (with a new key) only after a rollback.
  const [editor, setEditor] = useState(() => ({
    key: 0,
    data: toPuckData(page.draft_content),
  }))
  const savedJson = useRef(stableJson(fromPuckData(editor.data)))
  const latestData = useRef<Data>(editor.data)
  const puckApi = useRef<GetPuck | null>(null)
  const [dirty, setDirty] = useState(false)
  const [contentError, setContentError] = useState<ContentError | null>(null)
  const [preview, setPreview] = useState<{
    url: string
    expires_at: string
  } | null>(null)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [historyOpen, setHistoryOpen] = useState(false)
  const busy =
    update.isPending ||
    publish.isPending ||
    unpublish.isPending ||
    previewToken.isPending ||
    remove.isPending

  /** The editor's content now, as the server stores it. */
  const currentContent = useCallback((): PageContent => {
    const data = puckApi.current?.().appState.data ?? latestData.current
    return fromPuckData(data)
  }, [])

  const onChange = useCallback((data: Data) => {
    latestData.current = data
    setDirty(stableJson(fromPuckData(data)) !== savedJson.current)
  }, [])

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ""
    }
    window.addEventListener("beforeunload", warn)
    return () => window.removeEventListener("beforeunload", warn)
  }, [dirty])

  const selectBlock = (blockId: string) => {
    const api = puckApi.current?.()
    const selector = api?.getSelectorForId(blockId)
    if (api && selector) {
      api.dispatch({ type: "setUi", ui: { itemSelector: selector } })
    }
  }

  /** Shows a server error: about a block (selects it) or the page. */
  const showError = (err: unknown, content?: PageContent) => {
    const message = errorMessage(err)
    const described =
      (content && describeContentError(message, content)) ?? null
    setContentError(described ?? { text: message })
    if (described?.blockId) selectBlock(described.blockId)
    toast.error(described?.text ?? message)
  }

  /** Saves the draft; the saved page, or null when the server refused it. */
  const saveDraft = async (): Promise<Page | null> => {
    const content = currentContent()
    setContentError(null)
    try {
      const { page: saved } = await update.mutateAsync({ content })
      savedJson.current = stableJson(content)
      setDirty(stableJson(currentContent()) !== savedJson.current)
      return saved
    } catch (err) {
      showError(err, content)
      return null
    }
  }

  const onSaveDraft = async () => {
    if (await saveDraft()) toast.success("Draft saved")
  }

  const onPublish = async () => {
    if (dirty && !(await saveDraft())) return
    setContentError(null)
    publish.mutate(undefined, {
      onSuccess: ({ page: published }) =>
        toast.success(
          `Published: version ${published.published_version} is live`
        ),
      onError: (err) => showError(err, currentContent()),
    })
  }

  const onUnpublish = async (archive: boolean) => {
    const confirmed = await prompt({
      title: archive ? "Archive this page?" : "Unpublish this page?",
      description: archive
        ? "The store stops showing the page and it is marked archived. Its draft and history are kept."
        : "The store stops showing the page. Its draft and history are kept; publish again at any time.",
      confirmText: "Confirm",
      cancelText: "Cancel",
      variant: archive ? "danger" : "confirmation",
    })
    if (!confirmed) return
    unpublish.mutate(archive ? { archive: true } : {}, {
      onSuccess: () =>
        toast.success(archive ? "Page archived" : "Page unpublished"),
      onError: (err) => showError(err),
    })
  }

  const onPreview = async () => {
    // Opened now, while the click still counts, so pop-up blockers allow it.
    const win = window.open("about:blank", "_blank")
    if (win) win.opener = null
    if (dirty && !(await saveDraft())) {
      win?.close()
      return
    }
    previewToken.mutate(undefined, {
      onSuccess: ({ path, expires_at }) => {
        const url = storefrontPreviewUrl(path)
        setPreview({ url, expires_at })
        if (win) win.location.href = url
        else window.open(url, "_blank", "noopener")
      },
      onError: (err) => {
        win?.close()
        showError(err)
      },
    })
  }

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `Delete ${page.title}?`,
      description:
        "The page, its draft and its published versions are deleted; the store stops showing it.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`Page ${page.title} deleted`)
        navigate("/pages")
      },
      onError: (err) => toast.error(errorMessage(err)),
    })
  }

  /** After a rollback: the editor shows the server's draft unless there is unsaved work. */
  const onRolledBack = (updated: Page) => {
    if (dirty) {
      toast.info("Your unsaved changes in the editor were kept")
      return
    }
    const data = toPuckData(updated.draft_content)
    savedJson.current = stableJson(fromPuckData(data))
    latestData.current = data
    setEditor((e) => ({ key: e.key + 1, data }))
    setContentError(null)
  }

  const overrides = useMemo<Partial<Overrides<PagePuckConfig>>>(
    () => ({
      // Publishing is the toolbar's job: no Publish button in Puck's header.
      headerActions: () => <></>,
      puck: ({ children }) => (
        <>
          <PuckBridge apiRef={puckApi} />
          {children}
        </>
      ),
    }),
    []
  )

  const live = page.status === "published"

  return (
    <div className="flex flex-col gap-y-3">
      <Link
        to="/pages"
        className="text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-1 text-sm"
      >
        <ArrowLeft />
        Pages
      </Link>
      <Container className="flex flex-col gap-3 px-6 py-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <Heading level="h1">{page.title}</Heading>
              <PageStatusBadge status={page.status} />
              {dirty && (
                <Text
                  size="small"
                  className="text-ui-fg-subtle"
                  data-testid="unsaved-changes"
                >
                  Unsaved changes
                </Text>
              )}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              <span className="font-mono">/{page.slug}</span>
              {" · "}
              {page.published_version == null
                ? "Never published"
                : `Version ${page.published_version} ${
                    live ? "live" : "was published"
                  } ${formatDateTime(page.published_at)}`}
            </Text>
          </div>
          <div
            className="flex flex-wrap items-center gap-2"
            role="group"
            aria-label="Page actions"
          >
            <Button
              size="small"
              variant="secondary"
              onClick={() => setSettingsOpen(true)}
            >
              <CogSixTooth />
              Settings
            </Button>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setHistoryOpen(true)}
            >
              <ClockSolid />
              History
            </Button>
            <Button
              size="small"
              variant="secondary"
              disabled={busy}
              isLoading={previewToken.isPending}
              onClick={onPreview}
            >
              <Eye />
              Preview
            </Button>
            <Button
              size="small"
              variant="secondary"
              disabled={busy}
              isLoading={update.isPending}
              onClick={onSaveDraft}
            >
              Save draft
            </Button>
            {live && (
              <Button
                size="small"
                variant="secondary"
                disabled={busy}
                isLoading={unpublish.isPending}
                onClick={() => onUnpublish(false)}
              >
                Unpublish
              </Button>
            )}
            <Button
              size="small"
              variant="primary"
              disabled={busy}
              isLoading={publish.isPending}
              onClick={onPublish}
            >
              Publish
            </Button>
            <DropdownMenu>
              <DropdownMenu.Trigger asChild>
                <IconButton size="small" aria-label="More actions">
                  <EllipsisHorizontal />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content align="end">
                {page.status !== "archived" && (
                  <DropdownMenu.Item onClick={() => onUnpublish(true)}>
                    Archive page
                  </DropdownMenu.Item>
                )}
                <DropdownMenu.Item onClick={onDelete}>
                  Delete page
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu>
          </div>
        </div>
        {contentError && (
          <div
            role="alert"
            className="bg-ui-bg-subtle text-ui-fg-error flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm"
            data-testid="editor-error"
          >
            <span>{contentError.text}</span>
            <Button
              size="small"
              variant="transparent"
              onClick={() => setContentError(null)}
            >
              Dismiss
            </Button>
          </div>
        )}
        {preview && (
          <Text size="small" className="text-ui-fg-subtle">
            <a
              href={preview.url}
              target="_blank"
              rel="noreferrer noopener"
              className="text-ui-fg-interactive hover:underline"
              data-testid="preview-link"
            >
              Open draft preview
            </a>{" "}
            (link valid until {formatDateTime(preview.expires_at)})
          </Text>
        )}
      </Container>
      <div
        className="overflow-hidden rounded-lg border"
        data-testid="page-editor"
      >
        <Puck
          key={editor.key}
          config={puckConfig}
          data={editor.data}
          onChange={onChange}
          overrides={overrides}
          headerTitle={page.title}
          headerPath={`/${page.slug}`}
          height="calc(100vh - 220px)"
        />
      </div>
      <PageSettingsDrawer
        page={page}
        open={settingsOpen}
        onOpenChange={setSettingsOpen}
      />
      <HistoryDrawer
        page={page}
        open={historyOpen}
        onOpenChange={setHistoryOpen}
        onRolledBack={onRolledBack}
      />
    </div>
  )
}
