import { z } from "@medusajs/framework/zod"
import { MESSAGE_STATUSES } from "../../../../modules/marketplace-message/models/marketplace-message"

/** GET /admin/marketplace/messages */
export const AdminGetMessagesParams = z
  .object({
    to: z.string().trim().min(1).max(320).optional(),
    template: z.string().trim().min(1).max(100).optional(),
    status: z.enum(MESSAGE_STATUSES).optional(),
    resource_id: z.string().trim().min(1).max(100).optional(),
    fields: z.string().optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type AdminGetMessagesParamsType = z.infer<typeof AdminGetMessagesParams>
