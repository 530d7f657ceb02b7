import Link from "next/link"
import { getDict } from "@/lib/locale"

export default async function NotFound() {
  const { t } = await getDict()
  return (
    <div className="py-16 text-center" data-testid="not-found">
      <h1 className="text-2xl font-bold">404</h1>
      <p className="mt-2">{t.notFound}</p>
      <Link href="/" className="mt-4 inline-block text-teal-800 underline">
        {t.backHome}
      </Link>
    </div>
  )
}
