import type { SpacerProps } from "../types"

export type SpacerBlockProps = SpacerProps & { id?: string }

export const SPACER_SIZES: Record<NonNullable<SpacerProps["size"]>, number> = {
  sm: 16,
  md: 32,
  lg: 64,
  xl: 96,
}

/** Empty vertical space. */
export const SpacerBlock = ({ id, size = "md" }: SpacerBlockProps) => (
  <div
    data-block="Spacer"
    data-block-id={id}
    aria-hidden="true"
    style={{ height: SPACER_SIZES[size] ?? SPACER_SIZES.md, width: "100%" }}
  />
)
