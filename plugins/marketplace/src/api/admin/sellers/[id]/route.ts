import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSellerWorkflow } from "../../../../workflows/seller/workflows/update-seller"
import { retrieveAdminSeller } from "../helpers"
import type { AdminUpdateSellerType } from "../validators"

/** GET /admin/sellers/:id — profile, members, stock locations, product count. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const seller = await retrieveAdminSeller(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ seller })
}

/** POST /admin/sellers/:id — set or clear the commission rate override. */
export async function POST(
  req: MedusaRequest<AdminUpdateSellerType>,
  res: MedusaResponse
) {
  await updateSellerWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const seller = await retrieveAdminSeller(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ seller })
}
