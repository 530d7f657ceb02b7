import type { Metadata, Viewport } from "next"
import type { HttpTypes } from "@medusajs/types"
import { AnalyticsScripts } from "@/components/analytics"
import { Footer } from "@/components/footer"
import { Header } from "@/components/header"
import { SentryBrowser } from "@/components/sentry"
import { Toaster } from "@/components/toaster"
import { config } from "@/lib/config"
import { getCart, getCustomer, getRegion, listRegions } from "@/lib/data"
import { getDict } from "@/lib/locale"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: "Belanjain", template: "%s · Belanjain" },
  description: "Belanjain: marketplace untuk penjual Indonesia",
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 }

export default async function RootLayout({
  children,
}: {
  children: React.ReactNode
}) {
  const { t, locale } = await getDict()
  // The frame renders even when the store server is down; the page says so.
  let regions: HttpTypes.StoreRegion[] = []
  let regionId: string | undefined
  let cartCount = 0
  let signedIn = false
  try {
    const [all, region, cart, customer] = await Promise.all([
      listRegions(),
      getRegion(),
      getCart(),
      getCustomer(),
    ])
    regions = all
    regionId = region?.id
    cartCount = (cart?.items ?? []).reduce((n, i) => n + i.quantity, 0)
    signedIn = !!customer
  } catch {
    // shown by the page itself
  }
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only">
          Skip to content
        </a>
        <Header t={t} cartCount={cartCount} signedIn={signedIn} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <Footer t={t} locale={locale} regions={regions} regionId={regionId} />
        <Toaster />
        <SentryBrowser
          dsn={config.sentry.dsn}
          environment={config.sentry.environment}
        />
        <AnalyticsScripts
          ga4={config.analytics.ga4}
          metaPixel={config.analytics.metaPixel}
        />
      </body>
    </html>
  )
}
