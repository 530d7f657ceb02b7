import Link from "next/link"
import {
  PageRenderer,
  type LinkComponent,
  type PageContent,
  type ResolvedData,
} from "@belanjain/page-builder/blocks"

const NextLink: LinkComponent = ({ href, children, style, className }) => (
  <Link href={href} style={style} className={className}>
    {children}
  </Link>
)

/** A page-builder page, rendered with the same block components as the editor. */
export function PageView({
  content,
  resolved,
}: {
  content: PageContent
  resolved: ResolvedData
}) {
  return (
    <PageRenderer
      content={content}
      resolved={resolved}
      linkComponent={NextLink}
    />
  )
}
