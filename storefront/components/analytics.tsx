"use client"

import Script from "next/script"
import { useEffect } from "react"
import type { AnalyticsEvent } from "@/lib/analytics-events"
import { trackServer } from "@/lib/actions"

type Gtag = (...args: unknown[]) => void
type Fbq = ((...args: unknown[]) => void) & { queue?: unknown[] }
declare global {
  interface Window {
    gtag?: Gtag
    fbq?: Fbq
    dataLayer?: unknown[]
  }
}

/** GA4 and Meta Pixel, each only when its id is set (no third-party script otherwise). */
export function AnalyticsScripts({
  ga4,
  metaPixel,
}: {
  ga4?: string
  metaPixel?: string
}) {
  return (
    <>
      {ga4 ? (
        <>
          <Script id="ga4-init" strategy="afterInteractive">
            {`window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}window.gtag=gtag;gtag('js',new Date());gtag('config',${JSON.stringify(ga4)},{send_page_view:true});`}
          </Script>
          <Script
            src={`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(ga4)}`}
            strategy="afterInteractive"
          />
        </>
      ) : null}
      {metaPixel ? (
        <Script id="meta-pixel" strategy="afterInteractive">
          {`!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init',${JSON.stringify(metaPixel)});fbq('track','PageView');`}
        </Script>
      ) : null}
    </>
  )
}

const META_EVENTS: Record<AnalyticsEvent, string | null> = {
  view_item: "ViewContent",
  add_to_cart: "AddToCart",
  begin_checkout: "InitiateCheckout",
  purchase: "Purchase",
  voucher_purchase: null, // a custom event
}

type Params = {
  currency?: string
  value?: number
  items?: {
    item_id: string
    item_name?: string
    item_brand?: string
    item_variant?: string
    price: number
    quantity: number
  }[]
  [key: string]: unknown
}

/**
 * The one analytics call of the storefront: GA4-shaped parameters go to GA4
 * as they are and to Meta Pixel as its standard event; with neither loaded
 * it does nothing. Server-side PostHog is fed by the server actions, and by
 * `serverToo` for events only the browser sees.
 */
export function track(name: AnalyticsEvent, params: Params, serverToo = false) {
  if (typeof window === "undefined") return
  window.gtag?.("event", name, params)
  if (window.fbq) {
    const meta = {
      content_ids: (params.items ?? []).map((i) => i.item_id),
      content_type: "product",
      value: params.value,
      currency: params.currency,
    }
    const standard = META_EVENTS[name]
    if (standard) window.fbq("track", standard, meta)
    else window.fbq("trackCustom", "VoucherPurchase", meta)
  }
  if (serverToo) void trackServer(name, params).catch(() => undefined)
}

/** Fires one event when shown; `onceKey` keeps a reload from counting it twice. */
export function TrackEvent({
  name,
  params,
  onceKey,
}: {
  name: AnalyticsEvent
  params: Params
  onceKey?: string
}) {
  useEffect(() => {
    if (onceKey) {
      const key = `bj_tracked_${onceKey}`
      if (sessionStorage.getItem(key)) return
      sessionStorage.setItem(key, "1")
    }
    track(name, params, true)
  }, [])
  return null
}
