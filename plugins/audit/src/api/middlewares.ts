import {
  defineMiddlewares,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminListAuditEntries } from "./admin/audit-entries/validators"

/** Medusa authenticates /admin as "user": the audit log is for operators. */
export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/admin/audit-entries",
      middlewares: [validateAndTransformQuery(AdminListAuditEntries, {})],
    },
  ],
})
