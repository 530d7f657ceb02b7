/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are untyped */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vouchersService } from "../helpers"
import type { AdminGetVoucherPurchasesParamsType } from "../validators"

/** GET /admin/vouchers/purchases — newest first; `status` (one or several), `order_id`, `package_id`, `q` (e-mail or phone). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, order_id, package_id, q, offset, limit } =
    req.validatedQuery as AdminGetVoucherPurchasesParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = Array.isArray(status) ? status : [status]
  if (order_id) filters.order_id = order_id
  if (package_id) filters.package_id = package_id
  if (q) {
    const like = { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` }
    filters.$or = [{ email: like }, { phone: like }, { order_id: q }]
  }
  const [rows, count] = await vouchersService(
    req.scope
  ).listAndCountVoucherPurchases(filters as any, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC" },
    relations: ["package"],
  })
  res.json({
    purchases: rows.map(({ package: pkg, ...p }: any) => ({
      ...p,
      package: pkg ? { id: pkg.id, name: pkg.name } : null,
    })),
    count,
    offset,
    limit,
  })
}
