import { notFound } from "next/navigation"
import { PageView } from "@/components/page-view"
import { ServerDown } from "@/components/server-down"
import { resolveBlocks } from "@/lib/blocks"
import { getPage, getRegion } from "@/lib/data"
import { getDict } from "@/lib/locale"
import { pageMetadata } from "@/lib/page-meta"
import { isBackendDown } from "@/lib/sdk"

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug } = await params
  return pageMetadata(await getPage(slug).catch(() => null))
}

/** Landing pages of the page builder, by slug (e.g. /promo-kopi-nusantara). */
export default async function LandingPage({ params }: Props) {
  const { slug } = await params
  const { t, locale } = await getDict()
  let page
  let resolved
  try {
    const [found, region] = await Promise.all([getPage(slug), getRegion()])
    page = found
    if (page) resolved = await resolveBlocks(page.content, region?.id, locale)
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }
  if (!page) notFound()
  return <PageView content={page.content} resolved={resolved ?? {}} />
}
