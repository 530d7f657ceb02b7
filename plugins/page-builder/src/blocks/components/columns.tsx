import type { ReactNode } from "react"
import type { BlockData, ColumnsProps } from "../types"
import { fontFamily } from "./shared"

export type ColumnSide = "left" | "right"

/**
 * `left` / `right` are whatever the caller's `renderColumn` understands:
 * the blocks (`BlockData[]`) for the storefront renderer, or Puck's slot
 * components in the editor.
 */
export type ColumnsBlockProps<Column = BlockData[]> = Omit<
  ColumnsProps,
  "left" | "right"
> & {
  id?: string
  left: Column
  right: Column
  renderColumn: (column: Column, side: ColumnSide) => ReactNode
}

/** Flex weights per ratio; the basis scales with the weight so the ratio holds. */
const WEIGHTS: Record<NonNullable<ColumnsProps["ratio"]>, [number, number]> = {
  "1:1": [1, 1],
  "1:2": [1, 2],
  "2:1": [2, 1],
}
const BASIS_PX = 260

/** Two columns side by side; they stack when there is no room for both. */
export function ColumnsBlock<Column = BlockData[]>({
  id,
  ratio = "1:1",
  left,
  right,
  renderColumn,
}: ColumnsBlockProps<Column>) {
  const [l, r] = WEIGHTS[ratio] ?? WEIGHTS["1:1"]
  const column = (weight: number) => ({
    flex: `${weight} 1 ${weight * BASIS_PX}px`,
    minWidth: 0,
    display: "flex",
    flexDirection: "column" as const,
  })
  return (
    <div
      data-block="Columns"
      data-block-id={id}
      style={{
        boxSizing: "border-box",
        width: "100%",
        display: "flex",
        flexWrap: "wrap",
        gap: 16,
        fontFamily,
      }}
    >
      <div data-column="left" style={column(l)}>
        {renderColumn(left, "left")}
      </div>
      <div data-column="right" style={column(r)}>
        {renderColumn(right, "right")}
      </div>
    </div>
  )
}
