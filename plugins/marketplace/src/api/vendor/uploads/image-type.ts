export type ImageType = {
  extension: "jpg" | "png" | "webp"
  mimeType: "image/jpeg" | "image/png" | "image/webp"
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const startsWith = (buf: Uint8Array, bytes: number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b)

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

/**
 * The image type of a file from its first bytes (its "magic number"), never
 * from its name or the client's content type: JPEG (FF D8 FF), PNG (the
 * 8-byte signature) or WebP (RIFF....WEBP). Anything else is `null`.
 */
export function detectImageType(buf: Uint8Array): ImageType | null {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) {
    return { extension: "jpg", mimeType: "image/jpeg" }
  }
  if (startsWith(buf, PNG)) {
    return { extension: "png", mimeType: "image/png" }
  }
  if (startsWith(buf, ascii("RIFF")) && startsWith(buf, ascii("WEBP"), 8)) {
    return { extension: "webp", mimeType: "image/webp" }
  }
  return null
}
