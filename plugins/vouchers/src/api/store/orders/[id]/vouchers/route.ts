/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are untyped; the fields returned are named below */
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { VoucherModules } from "../../../../../types"
import type VouchersModuleService from "../../../../../modules/vouchers/service"

/**
 * GET /store/orders/:id/vouchers — the signed-in customer's vouchers for one
 * of their orders: per purchase its status and, once completed, the codes.
 * Another customer's order (or an unknown id) answers 404.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context.actor_id
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: req.params.id },
  })
  if (!order || !customerId || (order as any).customer_id !== customerId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  const vouchers: VouchersModuleService = req.scope.resolve(
    VoucherModules.VOUCHERS
  )
  const purchases = (await vouchers.listVoucherPurchases(
    { order_id: req.params.id },
    { relations: ["package", "vouchers"], order: { created_at: "ASC" } }
  )) as any[]
  res.json({
    purchases: purchases.map((p) => ({
      id: p.id,
      line_item_id: p.line_item_id,
      status: p.status,
      quantity: p.quantity,
      package: p.package
        ? {
            id: p.package.id,
            name: p.package.name,
            validity_hours: p.package.validity_hours,
            uptime_limit: p.package.uptime_limit,
            data_limit_mb: p.package.data_limit_mb,
          }
        : null,
      completed_at: p.completed_at,
      // Codes only once they exist on the router.
      vouchers:
        p.status === "completed"
          ? (p.vouchers ?? [])
              .filter((v: any) => v.status !== "pending")
              .map((v: any) => ({
                code: v.username,
                password: v.password,
                status: v.status,
                expires_at: v.expires_at,
              }))
          : [],
    })),
  })
}
