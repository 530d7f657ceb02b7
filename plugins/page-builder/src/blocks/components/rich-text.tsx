import type { ReactNode } from "react"
import type { RichTextProps } from "../types"
import { BlockSection, headingStyle } from "./shared"

export type RichTextBlockProps = RichTextProps & { id?: string }

/** Paragraphs of `body`: separated by blank lines, line breaks kept. */
export function splitParagraphs(body: string | undefined): string[][] {
  return (body ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split("\n"))
}

/**
 * A heading and plain-text paragraphs. The body is text, never HTML: React
 * escapes it.
 */
export const RichTextBlock = ({
  id,
  heading,
  body,
  align = "left",
}: RichTextBlockProps) => (
  <BlockSection type="RichText" id={id} style={{ textAlign: align }}>
    <div
      style={{
        maxWidth: 760,
        margin: align === "center" ? "0 auto" : 0,
      }}
    >
      {heading ? <h2 style={headingStyle}>{heading}</h2> : null}
      {splitParagraphs(body).map((lines, i) => (
        <p
          key={i}
          style={{ margin: "0 0 16px", fontSize: 16, lineHeight: 1.7 }}
        >
          {lines.reduce<ReactNode[]>(
            (out, line, j) =>
              j === 0 ? [line] : [...out, <br key={j} />, line],
            []
          )}
        </p>
      ))}
    </div>
  </BlockSection>
)
