import { MedusaError } from "@medusajs/framework/utils"
import { type MessageDefinition, renderBlocks } from "./blocks"
import { resolveLocale } from "./format"
import { TEMPLATES } from "./templates"
import type {
  NotificationTemplate,
  NotificationTemplateData,
  RenderedMessage,
} from "./types"

/** Renders a template in the given locale (`id` unless it is English): subject, HTML and text. */
export function renderNotification<T extends NotificationTemplate>(
  template: T,
  data: NotificationTemplateData[T],
  locale?: string | null
): RenderedMessage {
  const define = TEMPLATES[template] as unknown as
    | ((l: "id" | "en", d: NotificationTemplateData[T]) => MessageDefinition)
    | undefined
  if (!define) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown notification template "${String(template)}"`
    )
  }
  const l = resolveLocale(locale)
  return renderBlocks(l, define(l, data))
}
