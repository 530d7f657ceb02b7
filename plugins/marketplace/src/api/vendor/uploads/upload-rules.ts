import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { randomUUID } from "node:crypto"
import path from "node:path"
import { detectImageType } from "./image-type"

/** The seller upload rules (R-MKT: images for products). */
export const UPLOAD_RULES = {
  field: "files",
  maxFiles: 5,
  maxFileSize: 5 * 1024 * 1024,
} as const

export const RULE_TEXT = {
  type: "only JPG, PNG or WebP images are allowed",
  size: "at most 5 MB per file",
  count: "at most 5 files per request",
  field: `send images in the multipart field "${UPLOAD_RULES.field}"`,
  empty: "no files were uploaded",
} as const

const SEEN = Symbol("vendorUploadSeen")
type Tracked = { [SEEN]?: number }

const label = (index: number, name?: string) =>
  `files[${index}]${name ? ` ${JSON.stringify(name)}` : ""}`

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Multer in memory with limits, so nothing is stored before the rules pass
 * and a huge upload is never buffered: each file is cut at 5 MB + 1 byte
 * (multer then drains the rest of the request and reports it), at most one
 * file more than allowed is looked at, and form fields are capped.
 */
const upload = multer({
  storage: multer.memoryStorage(),
  limits: {
    fileSize: UPLOAD_RULES.maxFileSize,
    files: UPLOAD_RULES.maxFiles + 1,
    fields: 10,
    fieldSize: 1024,
    parts: UPLOAD_RULES.maxFiles + 11,
  },
  fileFilter: (req, _file, cb) => {
    const r = req as unknown as Tracked
    r[SEEN] = (r[SEEN] ?? 0) + 1
    cb(null, true)
  },
}).array(UPLOAD_RULES.field, UPLOAD_RULES.maxFiles)

/** Turns multer's errors into 400s naming the file and the rule. */
export function toUploadError(
  err: unknown,
  seen: number
): MedusaError | unknown {
  if (!(err instanceof multer.MulterError)) return err
  switch (err.code) {
    case "LIMIT_FILE_SIZE":
      return invalid(`${label(seen - 1, err.filename)}: ${RULE_TEXT.size}`)
    case "LIMIT_UNEXPECTED_FILE":
      return err.field === UPLOAD_RULES.field
        ? invalid(
            `${label(UPLOAD_RULES.maxFiles, err.filename)}: ${RULE_TEXT.count}`
          )
        : invalid(`${JSON.stringify(err.field ?? "")}: ${RULE_TEXT.field}`)
    case "LIMIT_FILE_COUNT":
      return invalid(`files: ${RULE_TEXT.count}`)
    default:
      return invalid(`files: ${err.message}`)
  }
}

/** Middleware: parse the multipart body into `req.files` (memory only). */
export function parseVendorUpload(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  upload(req, res, (err?: unknown) => {
    if (!err) return next()
    next(toUploadError(err, (req as unknown as Tracked)[SEEN] ?? 0))
  })
}

export type UploadedFile = {
  originalname: string
  buffer: Buffer
  size: number
}

export type CheckedImage = {
  filename: string
  mimeType: string
  content: string
}

/** A safe stored name: the client's base name, a unique prefix, the real extension. */
function storedName(original: string, extension: string) {
  const base =
    path
      .basename(original.replace(/\\/g, "/"))
      .replace(/\.[^.]*$/, "")
      .replace(/[^a-zA-Z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "image"
  return `${randomUUID().slice(0, 8)}-${base}.${extension}`
}

/**
 * Applies every rule to every file before anything is stored (all or
 * nothing): count, size, and the type read from the file's bytes.
 * Throws a 400 naming the first offending file and its rule.
 */
export function checkUploadedImages(
  files: UploadedFile[] | undefined
): CheckedImage[] {
  if (!files?.length) throw invalid(`files: ${RULE_TEXT.empty}`)
  if (files.length > UPLOAD_RULES.maxFiles) {
    const extra = files[UPLOAD_RULES.maxFiles]
    throw invalid(
      `${label(UPLOAD_RULES.maxFiles, extra.originalname)}: ${RULE_TEXT.count}`
    )
  }
  return files.map((file, i) => {
    if (file.size > UPLOAD_RULES.maxFileSize) {
      throw invalid(`${label(i, file.originalname)}: ${RULE_TEXT.size}`)
    }
    const type = detectImageType(file.buffer)
    if (!type) {
      throw invalid(`${label(i, file.originalname)}: ${RULE_TEXT.type}`)
    }
    return {
      filename: storedName(file.originalname, type.extension),
      mimeType: type.mimeType,
      content: file.buffer.toString("base64"),
    }
  })
}
