import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../middlewares"
import { checkUploadedImages, type UploadedFile } from "./upload-rules"

/**
 * POST /vendor/uploads — multipart field `files`: up to 5 JPG/PNG/WebP images
 * of at most 5 MB each, stored through Medusa's File module. The rules are
 * checked for all files before any is stored.
 */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const files = checkUploadedImages(
    (req as unknown as { files?: UploadedFile[] }).files
  )
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f) => ({ ...f, access: "public" as const })),
    },
  })
  res.status(200).json({
    files: result.map((f: { id: string; url: string }) => ({
      id: f.id,
      url: f.url,
    })),
  })
}
