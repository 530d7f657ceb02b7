/* Belanjain storefront service worker: shows order-status push messages. */
/* global self */
self.addEventListener("push", (event) => {
  let data = {}
  try {
    data = event.data ? event.data.json() : {}
  } catch {
    data = { body: event.data ? event.data.text() : "" }
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Belanjain", {
      body: data.body || "",
      tag: data.order_id ? `order-${data.order_id}` : undefined,
      data: { url: data.url || "/account" },
    })
  )
})

self.addEventListener("notificationclick", (event) => {
  event.notification.close()
  const url = new URL(
    (event.notification.data && event.notification.data.url) || "/account",
    self.location.origin
  ).href
  event.waitUntil(
    self.clients
      .matchAll({ type: "window", includeUncontrolled: true })
      .then((windows) => {
        const open = windows.find((w) => w.url === url)
        return open ? open.focus() : self.clients.openWindow(url)
      })
  )
})
