import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Api } from "./actors"

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Bytes that start like a PNG (what the upload route checks), padded to `size`. */
export function pngBytes(size = 256): Buffer {
  const buf = Buffer.alloc(Math.max(size, PNG_SIGNATURE.length))
  Buffer.from(PNG_SIGNATURE).copy(buf)
  return buf
}

/** Bytes that start like a JPEG, padded to `size`. */
export function jpegBytes(size = 256): Buffer {
  const buf = Buffer.alloc(Math.max(size, 4))
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(buf)
  return buf
}

export function gifBytes(): Buffer {
  return Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1")
}

/** A multipart body with each file in the `files` field. */
export function imageForm(
  files: { name: string; content: Buffer; type?: string }[]
): FormData {
  const form = new FormData()
  for (const f of files) {
    form.append(
      "files",
      new Blob([new Uint8Array(f.content)], { type: f.type ?? "image/png" }),
      f.name
    )
  }
  return form
}

/** Uploads images through POST /vendor/uploads; returns [{ id, url }]. */
export async function uploadImages(
  api: Api,
  headers: { headers: Record<string, string> },
  files: { name: string; content: Buffer; type?: string }[]
): Promise<{ id: string; url: string }[]> {
  const res = await api.post("/vendor/uploads", imageForm(files), headers)
  return res.data.files
}

/** Files the local File provider has written (it stores in <cwd>/static). */
export function listStoredFiles(): string[] {
  const dir = path.join(process.cwd(), "static")
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}

/** Removes the files the local File provider wrote since `before` was listed. */
export function removeStoredFilesExcept(before: string[]) {
  const dir = path.join(process.cwd(), "static")
  const keep = new Set(before)
  for (const name of listStoredFiles()) {
    if (!keep.has(name)) fs.rmSync(path.join(dir, name), { force: true })
  }
  if (!before.length && fs.existsSync(dir) && !fs.readdirSync(dir).length) {
    fs.rmdirSync(dir)
  }
}

/** A product body with Warna × Ukuran (2 × 2 variants), IDR prices and specs. */
export function productBody(overrides: Record<string, unknown> = {}) {
  const colours = ["Merah", "Biru"]
  const sizes = ["S", "M"]
  const prefix = String(overrides.sku_prefix ?? "KAOS")
  delete overrides.sku_prefix
  return {
    title: "Kaos Polos Katun",
    description: "Kaos katun combed 30s",
    options: [
      { title: "Warna", values: colours },
      { title: "Ukuran", values: sizes },
    ],
    variants: colours.flatMap((w) =>
      sizes.map((u) => ({
        title: `${w} / ${u}`,
        sku: `${prefix}-${w.toUpperCase()}-${u}`,
        options: { Warna: w, Ukuran: u },
        prices: [{ currency_code: "idr", amount: u === "S" ? 75000 : 85000 }],
      }))
    ),
    specifications: [
      { label: "Bahan", value: "Katun combed 30s" },
      { label: "Berat", value: "180 gram" },
      { label: "Asal", value: "Bandung" },
    ],
    ...overrides,
  }
}

/**
 * The store's default shipping profile. Medusa's migration scripts create it
 * on a real database; a test database starts without one.
 */
export async function ensureDefaultShippingProfile(
  container: MedusaContainer
): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const created = await fulfillment.createShippingProfiles({
    name: "Default Shipping Profile",
    type: "default",
  })
  return created.id
}
