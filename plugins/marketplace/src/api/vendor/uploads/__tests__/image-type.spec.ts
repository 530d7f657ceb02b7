import { detectImageType } from "../image-type"

const bytes = (...b: number[]) => Uint8Array.from(b)

describe("detectImageType (magic bytes)", () => {
  it("recognises JPEG, PNG and WebP by their signatures", () => {
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toEqual({
      extension: "jpg",
      mimeType: "image/jpeg",
    })
    expect(
      detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))
    ).toEqual({ extension: "png", mimeType: "image/png" })
    expect(
      detectImageType(Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"))
    ).toEqual({ extension: "webp", mimeType: "image/webp" })
  })

  it("refuses GIF, text, other RIFF files and truncated signatures", () => {
    expect(detectImageType(Buffer.from("GIF89a\x01\x00", "latin1"))).toBeNull()
    expect(detectImageType(Buffer.from("just some text, not a png"))).toBeNull()
    expect(
      detectImageType(Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt ", "latin1"))
    ).toBeNull()
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull()
    expect(detectImageType(bytes(0xff, 0xd8))).toBeNull()
    expect(detectImageType(bytes())).toBeNull()
  })
})
