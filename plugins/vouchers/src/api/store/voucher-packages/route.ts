/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are untyped; the fields returned are named below */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"

/**
 * GET /store/voucher-packages — active packages for the voucher shop: what
 * each gives and the variant to add to the cart (price through the normal
 * store product routes). No router details.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const vouchers: VouchersModuleService = req.scope.resolve(
    VoucherModules.VOUCHERS
  )
  const rows = (await vouchers.listVoucherPackages(
    { is_active: true },
    { order: { validity_hours: "ASC" }, take: 100 }
  )) as any[]
  res.json({
    voucher_packages: rows.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      variant_id: p.variant_id,
      validity_hours: p.validity_hours,
      uptime_limit: p.uptime_limit,
      data_limit_mb: p.data_limit_mb,
      vouchers_per_unit: p.vouchers_per_unit,
    })),
  })
}
