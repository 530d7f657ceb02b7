import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import type { PageContent } from "../../blocks/types"
import type { PageStatus } from "../../types"
import { sdk } from "./sdk"

export type { PageContent, PageStatus }

// ---------------------------------------------------------------- types

export type PageListItem = {
  id: string
  slug: string
  title: string
  seo_title: string | null
  seo_description: string | null
  seo_image: string | null
  status: PageStatus
  published_version: number | null
  published_at: string | null
  created_at: string
  updated_at: string
}

export type Page = PageListItem & {
  draft_content: PageContent | null
  published_content: PageContent | null
}

export type PageVersion = {
  id: string
  version: number
  title: string
  published_at: string
  published_by: string | null
}

/** Body of POST /admin/pages (create) and /admin/pages/:id (update, partial). */
export type PageInput = {
  slug?: string
  title?: string
  seo_title?: string | null
  seo_description?: string | null
  seo_image?: string | null
  content?: PageContent
}

export type PreviewToken = { token: string; expires_at: string; path: string }

export type PagesQuery = {
  q?: string
  status?: PageStatus
  offset: number
  limit: number
}

// ---------------------------------------------------------------- queries

const KEY = "page-builder-admin"
const keys = {
  list: [KEY, "list"],
  detail: (id: string) => [KEY, "detail", id],
  versions: (id: string) => [KEY, "versions", id],
} as const

export function usePages(params: PagesQuery) {
  return useQuery({
    queryKey: [...keys.list, params],
    queryFn: () =>
      sdk.client.fetch<{
        pages: PageListItem[]
        count: number
        offset: number
        limit: number
      }>("/admin/pages", { query: params }),
    placeholderData: keepPreviousData,
  })
}

export function usePage(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ page: Page }>(`/admin/pages/${id}`),
    // The editor holds unsaved work: never replace it behind the operator's back.
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })
}

export function usePageVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.versions(id),
    enabled,
    queryFn: () =>
      sdk.client.fetch<{ versions: PageVersion[] }>(
        `/admin/pages/${id}/versions`
      ),
  })
}

// ---------------------------------------------------------------- mutations

/** Keeps the detail cache in step with the answer and refreshes lists and history. */
function useSettle(id?: string) {
  const client = useQueryClient()
  return {
    onPage: async (page: Page) => {
      client.setQueryData(keys.detail(page.id), { page })
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.list }),
        client.invalidateQueries({ queryKey: keys.versions(page.id) }),
      ])
    },
    onDeleted: async () => {
      if (id) client.removeQueries({ queryKey: keys.detail(id) })
      await client.invalidateQueries({ queryKey: keys.list })
    },
  }
}

export function useCreatePage() {
  const settle = useSettle()
  return useMutation({
    mutationFn: (body: PageInput) =>
      sdk.client.fetch<{ page: Page }>("/admin/pages", {
        method: "POST",
        body,
      }),
    onSuccess: ({ page }) => settle.onPage(page),
  })
}

export function useUpdatePage(id: string) {
  const settle = useSettle(id)
  return useMutation({
    mutationFn: (body: PageInput) =>
      sdk.client.fetch<{ page: Page }>(`/admin/pages/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ page }) => settle.onPage(page),
  })
}

export function usePublishPage(id: string) {
  const settle = useSettle(id)
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ page: Page }>(`/admin/pages/${id}/publish`, {
        method: "POST",
        body: {},
      }),
    onSuccess: ({ page }) => settle.onPage(page),
  })
}

export function useUnpublishPage(id: string) {
  const settle = useSettle(id)
  return useMutation({
    mutationFn: (body: { archive?: boolean }) =>
      sdk.client.fetch<{ page: Page }>(`/admin/pages/${id}/unpublish`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ page }) => settle.onPage(page),
  })
}

export function useRollbackPage(id: string) {
  const settle = useSettle(id)
  return useMutation({
    mutationFn: (version: number) =>
      sdk.client.fetch<{ page: Page }>(`/admin/pages/${id}/rollback`, {
        method: "POST",
        body: { version },
      }),
    onSuccess: ({ page }) => settle.onPage(page),
  })
}

export function usePreviewToken(id: string) {
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<PreviewToken>(`/admin/pages/${id}/preview-token`, {
        method: "POST",
        body: {},
      }),
  })
}

export function useDeletePage(id: string) {
  const settle = useSettle(id)
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ id: string; object: "page"; deleted: boolean }>(
        `/admin/pages/${id}`,
        { method: "DELETE" }
      ),
    onSuccess: () => settle.onDeleted(),
  })
}
