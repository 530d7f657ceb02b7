import type { HeroProps } from "../types"
import {
  BlockLink,
  colors,
  fontFamily,
  type BlockRenderOptions,
} from "./shared"

export type HeroBlockProps = HeroProps & { id?: string } & BlockRenderOptions

/** A large heading with an optional background image and call to action. */
export const HeroBlock = ({
  id,
  title,
  subtitle,
  image_url,
  cta_label,
  cta_href,
  align = "center",
  linkComponent,
}: HeroBlockProps) => {
  const hasImage = !!image_url
  const textColor = hasImage ? "#ffffff" : colors.text
  return (
    <section
      data-block="Hero"
      data-block-id={id}
      style={{
        position: "relative",
        boxSizing: "border-box",
        width: "100%",
        padding: "72px 16px",
        overflow: "hidden",
        background: hasImage ? "#111827" : colors.surface,
        color: textColor,
        fontFamily,
        textAlign: align,
      }}
    >
      {hasImage ? (
        <img
          src={image_url}
          alt=""
          style={{
            position: "absolute",
            inset: 0,
            width: "100%",
            height: "100%",
            objectFit: "cover",
            display: "block",
            opacity: 0.55,
          }}
        />
      ) : null}
      <div
        style={{
          position: "relative",
          maxWidth: 1200,
          margin: "0 auto",
          display: "flex",
          flexDirection: "column",
          alignItems: align === "center" ? "center" : "flex-start",
          gap: 16,
        }}
      >
        <h1
          style={{
            margin: 0,
            maxWidth: 800,
            fontSize: 40,
            lineHeight: 1.15,
            fontWeight: 800,
            color: textColor,
          }}
        >
          {title}
        </h1>
        {subtitle ? (
          <p
            style={{
              margin: 0,
              maxWidth: 640,
              fontSize: 18,
              lineHeight: 1.5,
              color: hasImage ? "rgba(255,255,255,0.9)" : colors.muted,
            }}
          >
            {subtitle}
          </p>
        ) : null}
        {cta_label && cta_href ? (
          <BlockLink
            href={cta_href}
            linkComponent={linkComponent}
            style={{
              display: "inline-block",
              marginTop: 8,
              padding: "12px 24px",
              borderRadius: 8,
              background: colors.accent,
              color: colors.accentText,
              fontSize: 16,
              fontWeight: 600,
              textDecoration: "none",
            }}
          >
            {cta_label}
          </BlockLink>
        ) : null}
      </div>
    </section>
  )
}
