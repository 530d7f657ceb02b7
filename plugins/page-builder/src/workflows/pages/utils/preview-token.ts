import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Draft preview tokens: `<page id>.<expiry (unix s)>.<HMAC-SHA256>`, signed
 * with the plugin's preview_secret. A token shows that page's draft until it
 * expires; it cannot be turned into another page's token.
 */
function sign(secret: string, payload: string) {
  return createHmac("sha256", secret)
    .update(`page-preview:${payload}`)
    .digest("base64url")
}

export function createPreviewToken(
  secret: string,
  pageId: string,
  ttlSeconds: number
) {
  const expiresAt = Math.floor(Date.now() / 1000) + Math.floor(ttlSeconds)
  const payload = `${pageId}.${expiresAt}`
  return {
    token: `${payload}.${sign(secret, payload)}`,
    expires_at: new Date(expiresAt * 1000),
  }
}

/** The page id the token is for, or null when it is forged, malformed or expired. */
export function verifyPreviewToken(
  secret: string,
  token: string
): string | null {
  const parts = token.split(".")
  if (parts.length !== 3) return null
  const [pageId, exp, mac] = parts
  if (!/^page_[A-Za-z0-9]+$/.test(pageId) || !/^\d{1,12}$/.test(exp))
    return null
  const expected = Buffer.from(sign(secret, `${pageId}.${exp}`))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return null
  if (Number(exp) * 1000 < Date.now()) return null
  return pageId
}
