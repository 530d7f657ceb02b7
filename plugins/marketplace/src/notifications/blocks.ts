import { escapeHtml } from "./format"
import type { NotificationLocale, RenderedMessage } from "./types"

/**
 * A message body as plain blocks; rendered to HTML (every string escaped:
 * seller names, product titles and tracking numbers come from users) and to
 * text from the same definition, so the two never drift apart.
 */
export type Block =
  | { type: "p"; text: string }
  | { type: "heading"; text: string }
  | { type: "table"; head: string[]; rows: string[][]; foot?: string[] }
  | { type: "list"; items: string[] }

export type MessageDefinition = { subject: string; blocks: Block[] }

const FOOTER: Record<NotificationLocale, string> = {
  id: "Pesan ini dikirim otomatis oleh Belanjain.",
  en: "This message was sent automatically by Belanjain.",
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case "p":
      return `<p style="margin:0 0 12px">${escapeHtml(block.text)}</p>`
    case "heading":
      return `<h2 style="font-size:16px;margin:16px 0 8px">${escapeHtml(block.text)}</h2>`
    case "list":
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`
    case "table": {
      const cell = (tag: "td" | "th") => (c: string) =>
        `<${tag} style="text-align:left;padding:4px 8px;border-bottom:1px solid #ddd">${escapeHtml(c)}</${tag}>`
      const row = (cells: string[], tag: "td" | "th") =>
        `<tr>${cells.map(cell(tag)).join("")}</tr>`
      return (
        `<table style="border-collapse:collapse;margin:0 0 12px">` +
        `<thead>${row(block.head, "th")}</thead>` +
        `<tbody>${block.rows.map((r) => row(r, "td")).join("")}</tbody>` +
        (block.foot ? `<tfoot>${row(block.foot, "th")}</tfoot>` : "") +
        `</table>`
      )
    }
  }
}

function blockText(block: Block): string {
  switch (block.type) {
    case "p":
      return block.text
    case "heading":
      return block.text.toUpperCase()
    case "list":
      return block.items.map((i) => `- ${i}`).join("\n")
    case "table":
      return [block.head, ...block.rows, ...(block.foot ? [block.foot] : [])]
        .map((r) => r.join(" | "))
        .join("\n")
  }
}

export function renderBlocks(
  locale: NotificationLocale,
  message: MessageDefinition
): RenderedMessage {
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(message.subject)}</title></head>` +
    `<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">` +
    message.blocks.map(blockHtml).join("") +
    `<p style="margin:24px 0 0;color:#888;font-size:12px">${escapeHtml(FOOTER[locale])}</p>` +
    `</body></html>`
  const text = [...message.blocks.map(blockText), FOOTER[locale]].join("\n\n")
  return { locale, subject: message.subject, html, text }
}
