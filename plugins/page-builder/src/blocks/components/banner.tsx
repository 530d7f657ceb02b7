import type { BannerProps } from "../types"
import {
  BlockLink,
  BlockSection,
  mutedTextStyle,
  Placeholder,
  type BlockRenderOptions,
} from "./shared"

export type BannerBlockProps = BannerProps & {
  id?: string
} & BlockRenderOptions

/** A full-width image, optionally linked, with an optional caption. */
export const BannerBlock = ({
  id,
  image_url,
  alt,
  href,
  caption,
  linkComponent,
}: BannerBlockProps) => {
  if (!image_url) {
    return (
      <BlockSection type="Banner" id={id}>
        <Placeholder label="Banner" detail="no image URL yet" />
      </BlockSection>
    )
  }
  const image = (
    <img
      src={image_url}
      alt={alt}
      loading="lazy"
      style={{
        display: "block",
        width: "100%",
        height: "auto",
        borderRadius: 8,
      }}
    />
  )
  return (
    <BlockSection type="Banner" id={id}>
      <figure style={{ margin: 0 }}>
        {href ? (
          <BlockLink
            href={href}
            linkComponent={linkComponent}
            style={{ display: "block" }}
          >
            {image}
          </BlockLink>
        ) : (
          image
        )}
        {caption ? (
          <figcaption
            style={{ ...mutedTextStyle, marginTop: 8, textAlign: "center" }}
          >
            {caption}
          </figcaption>
        ) : null}
      </figure>
    </BlockSection>
  )
}
