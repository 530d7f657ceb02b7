import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { EMPTY_CONTENT, PageEvents } from "../../../types"
import {
  createPageStep,
  deletePageStep,
  invalidatePageCacheStep,
  publishPageStep,
  unpublishPageStep,
  updatePageStep,
  type PageFields,
} from "../steps/pages"

/*
 * Every workflow that changes what the store could serve ends with
 * invalidatePageCacheStep for the slugs involved (old and new slug on a
 * rename), then emits its event. Content is validated by the routes
 * (validatePageContent) before a workflow runs.
 */

export const createPageWorkflowId = "page-create-page"
export const createPageWorkflow = createWorkflow(
  createPageWorkflowId,
  (input: PageFields & { slug: string; title: string }) => {
    const data = transform({ input }, ({ input }) => ({
      ...input,
      content: input.content ?? EMPTY_CONTENT,
    }))
    const page = createPageStep(data)
    // A slug that was cached as missing must not stay missing.
    invalidatePageCacheStep({ slugs: [input.slug] })
    emitEventStep({ eventName: PageEvents.CREATED, data: { id: page.id } })
    return new WorkflowResponse(page)
  }
)

export const updatePageWorkflowId = "page-update-page"
export const updatePageWorkflow = createWorkflow(
  updatePageWorkflowId,
  (input: PageFields & { id: string }) => {
    const { page, slugs } = updatePageStep(input)
    invalidatePageCacheStep({ slugs })
    emitEventStep({ eventName: PageEvents.UPDATED, data: { id: input.id } })
    return new WorkflowResponse(page)
  }
)

/** Publication events: the page, the version republished (rollback), the operator. */
function pageEventData(input: {
  id: string
  version?: number
  published_by?: string | null
}) {
  return {
    id: input.id,
    ...(input.version !== undefined ? { version: input.version } : {}),
    actor: input.published_by ? { type: "user", id: input.published_by } : null,
  }
}

export const publishPageWorkflowId = "page-publish-page"
export const publishPageWorkflow = createWorkflow(
  publishPageWorkflowId,
  (input: { id: string; published_by?: string | null }) => {
    const { page, slugs } = publishPageStep(input)
    invalidatePageCacheStep({ slugs })
    emitEventStep({
      eventName: PageEvents.PUBLISHED,
      data: transform({ input }, ({ input }) => pageEventData(input)),
    })
    return new WorkflowResponse(page)
  }
)

/** Republishes an older version as a new one (the history stays linear). */
export const rollbackPageWorkflowId = "page-rollback-page"
export const rollbackPageWorkflow = createWorkflow(
  rollbackPageWorkflowId,
  (input: { id: string; version: number; published_by?: string | null }) => {
    const { page, slugs } = publishPageStep(input)
    invalidatePageCacheStep({ slugs })
    emitEventStep({
      eventName: PageEvents.PUBLISHED,
      data: transform({ input }, ({ input }) => pageEventData(input)),
    })
    return new WorkflowResponse(page)
  }
)

export const unpublishPageWorkflowId = "page-unpublish-page"
export const unpublishPageWorkflow = createWorkflow(
  unpublishPageWorkflowId,
  (input: {
    id: string
    archive?: boolean
    unpublished_by?: string | null
  }) => {
    const { page, slugs } = unpublishPageStep(input)
    invalidatePageCacheStep({ slugs })
    emitEventStep({
      eventName: PageEvents.UNPUBLISHED,
      data: transform({ input }, ({ input }) => ({
        id: input.id,
        archived: !!input.archive,
        actor: input.unpublished_by
          ? { type: "user", id: input.unpublished_by }
          : null,
      })),
    })
    return new WorkflowResponse(page)
  }
)

export const deletePageWorkflowId = "page-delete-page"
export const deletePageWorkflow = createWorkflow(
  deletePageWorkflowId,
  (input: { id: string }) => {
    const { id, slugs } = deletePageStep(input)
    invalidatePageCacheStep({ slugs })
    emitEventStep({ eventName: PageEvents.DELETED, data: { id } })
    return new WorkflowResponse({ id })
  }
)
