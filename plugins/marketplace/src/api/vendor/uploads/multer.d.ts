// Minimal typing for multer (a dependency of @medusajs/medusa, which ships no
// types for it): only what the /vendor/uploads middleware uses.
declare module "multer" {
  import type { IncomingMessage, ServerResponse } from "node:http"

  namespace multer {
    interface File {
      fieldname: string
      originalname: string
      encoding: string
      mimetype: string
      size: number
      buffer: Buffer
    }
    interface Options {
      storage?: unknown
      limits?: {
        fileSize?: number
        files?: number
        fields?: number
        parts?: number
        fieldSize?: number
      }
      fileFilter?: (
        req: IncomingMessage,
        file: Omit<File, "size" | "buffer">,
        cb: (error: Error | null, accept?: boolean) => void
      ) => void
    }
    type Middleware = (
      req: IncomingMessage,
      res: ServerResponse,
      next: (err?: unknown) => void
    ) => void
    interface Instance {
      array(field: string, maxCount?: number): Middleware
    }
    class MulterError extends Error {
      code: string
      field?: string
      filename?: string
    }
    function memoryStorage(): unknown
  }
  function multer(options?: multer.Options): multer.Instance
  export = multer
}
