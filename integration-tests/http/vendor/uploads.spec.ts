import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, signUpSeller } from "../../helpers/actors"
import {
  gifBytes,
  imageForm,
  jpegBytes,
  listStoredFiles,
  pngBytes,
  removeStoredFilesExcept,
} from "../../helpers/products"

jest.setTimeout(180_000)

const MB = 1024 * 1024

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    beforeEach(async () => {
      headers = (
        await signUpSeller(api, { email: "foto@toko.id", name: "Toko Foto" })
      ).headers
    })

    let filesBefore: string[] = []
    beforeAll(() => {
      filesBefore = listStoredFiles()
    })
    // Remove the images the local File provider wrote for these tests.
    afterAll(() => removeStoredFilesExcept(filesBefore))

    const upload = (files: Parameters<typeof imageForm>[0]) =>
      call(api.post("/vendor/uploads", imageForm(files), headers))

    it("stores JPG, PNG and WebP images through the File module", async () => {
      const before = listStoredFiles()
      const webp = Buffer.concat([
        Buffer.from("RIFF\x24\x00\x00\x00WEBPVP8 ", "latin1"),
        Buffer.alloc(64),
      ])
      const res = await upload([
        { name: "a.png", content: pngBytes() },
        { name: "b.jpg", content: jpegBytes(), type: "image/jpeg" },
        // The type is read from the bytes: a WebP sent as "image/png".
        { name: "c.png", content: webp },
        { name: "pas-5mb.png", content: pngBytes(5 * MB) },
      ])
      expect(res.status).toBe(200)
      expect(res.data.files).toHaveLength(4)
      for (const f of res.data.files) {
        expect(f).toEqual({ id: expect.any(String), url: expect.any(String) })
      }
      expect(res.data.files[2].url).toMatch(/\.webp$/)
      expect(listStoredFiles().length).toBe(before.length + 4)

      const files = getContainer().resolve(Modules.FILE)
      const stored = await files.retrieveFile(res.data.files[0].id)
      expect(stored.url).toBe(res.data.files[0].url)
    })

    it("refuses a file over 5 MB, a GIF, a text file named .png and a sixth image — naming the file and the rule, storing nothing", async () => {
      const before = listStoredFiles()
      const cases: [Parameters<typeof imageForm>[0], string][] = [
        [
          [
            { name: "kecil.png", content: pngBytes() },
            { name: "besar.png", content: pngBytes(6 * MB) },
          ],
          'files[1] "besar.png": at most 5 MB per file',
        ],
        [
          [
            { name: "ok.jpg", content: jpegBytes(), type: "image/jpeg" },
            { name: "kucing.gif", content: gifBytes(), type: "image/gif" },
          ],
          'files[1] "kucing.gif": only JPG, PNG or WebP images are allowed',
        ],
        [
          [
            {
              name: "palsu.png",
              content: Buffer.from("ini bukan gambar, hanya teks"),
              type: "image/png",
            },
          ],
          'files[0] "palsu.png": only JPG, PNG or WebP images are allowed',
        ],
        [
          Array.from({ length: 6 }, (_, i) => ({
            name: `foto-${i + 1}.png`,
            content: pngBytes(),
          })),
          'files[5] "foto-6.png": at most 5 files per request',
        ],
      ]
      for (const [files, message] of cases) {
        const res = await upload(files)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(message)
      }
      expect(listStoredFiles()).toEqual(before)
    })

    it("refuses an empty request and files in another field", async () => {
      const empty = await call(
        api.post("/vendor/uploads", new FormData(), headers)
      )
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/no files/)

      const form = new FormData()
      form.append("image", new Blob([new Uint8Array(pngBytes())]), "a.png")
      const wrongField = await call(api.post("/vendor/uploads", form, headers))
      expect(wrongField.status).toBe(400)
      expect(wrongField.data.message).toMatch(/"image"/)
    })

    it("needs a seller token", async () => {
      const res = await call(
        api.post(
          "/vendor/uploads",
          imageForm([{ name: "a.png", content: pngBytes() }])
        )
      )
      expect(res.status).toBe(401)
    })
  },
})
