import { notFound, redirect } from "next/navigation"
import { listCategories } from "@/lib/data"

/** /categories/<handle> (the page builder's links): the catalogue filtered by that category. */
export default async function CategoryPage({
  params,
}: {
  params: Promise<{ handle: string }>
}) {
  const { handle } = await params
  const category = (await listCategories()).find((c) => c.handle === handle)
  if (!category) notFound()
  redirect(`/store?category=${category.id}`)
}
