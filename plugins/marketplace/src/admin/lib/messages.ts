import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AdminMessage = {
  id: string
  idempotency_key: string
  template: string
  to: string
  locale: string
  subject: string
  html: string
  text: string
  status: "pending" | "sent" | "failed"
  attempts: number
  errors: { attempt: number; at: string; message: string }[] | null
  provider_id: string | null
  sent_at: string | null
  created_at: string
}

export type MessagesQuery = {
  to?: string
  status?: AdminMessage["status"]
  limit: number
  offset: number
}

export function useMessages(params: MessagesQuery) {
  return useQuery({
    queryKey: ["marketplace-admin-messages", params],
    queryFn: () =>
      sdk.client.fetch<{
        messages: AdminMessage[]
        count: number
        offset: number
        limit: number
      }>("/admin/marketplace/messages", { query: params }),
    placeholderData: keepPreviousData,
  })
}
