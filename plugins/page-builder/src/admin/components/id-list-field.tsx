import { FieldLabel } from "@puckeditor/core"
import { useEffect, useState } from "react"

/** Ids typed one per line (or separated by commas or spaces), without blanks or repeats. */
export function parseIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter(Boolean)
    ),
  ]
}

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/**
 * A Puck custom field editing a `string[]` of ids as text, one per line.
 * The text is kept locally so blank lines can be typed; the saved value is
 * always the parsed list.
 */
export const IdListField = ({
  id,
  label,
  placeholder,
  value,
  onChange,
  readOnly,
}: {
  id: string
  label: string
  placeholder?: string
  value: string[] | undefined
  onChange: (value: string[]) => void
  readOnly?: boolean
}) => {
  const current = Array.isArray(value) ? value : []
  const joined = current.join("\n")
  const [text, setText] = useState(joined)

  // Undo, redo or another change from outside: show the new list.
  useEffect(() => {
    setText((local) =>
      sameList(parseIds(local), parseIds(joined)) ? local : joined
    )
  }, [joined])

  return (
    <FieldLabel label={label} el="label" readOnly={readOnly}>
      <textarea
        id={id}
        name={id}
        value={text}
        placeholder={placeholder}
        readOnly={readOnly}
        rows={4}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value)
          const next = parseIds(e.target.value)
          if (!sameList(next, current)) onChange(next)
        }}
        style={{
          boxSizing: "border-box",
          width: "100%",
          padding: "10px 12px",
          border: "1px solid var(--puck-color-grey-09, #dcdcdc)",
          borderRadius: 4,
          background: "var(--puck-color-white, #fff)",
          fontFamily:
            'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
          fontSize: 13,
          lineHeight: 1.5,
          resize: "vertical",
        }}
      />
    </FieldLabel>
  )
}
