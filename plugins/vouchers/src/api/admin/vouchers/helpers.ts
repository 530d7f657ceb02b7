/* eslint-disable @typescript-eslint/no-explicit-any -- rows of the vouchers module and Query are untyped here; the functions name the fields they return */
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { PUBLIC_ROUTER_FIELDS } from "../../../modules/vouchers/service"

type Row = Record<string, any>

export function vouchersService(scope: MedusaContainer): VouchersModuleService {
  return scope.resolve(VoucherModules.VOUCHERS)
}

/** A router as the API shows it: no password, only whether one is set and where it comes from. */
export function publicRouter(row: Row) {
  const out: Row = {}
  for (const f of PUBLIC_ROUTER_FIELDS) out[f] = row[f] ?? null
  out.password_source = row.password_env
    ? "env"
    : row.password_encrypted
      ? "stored"
      : "none"
  return out
}

export async function retrievePublicRouter(scope: MedusaContainer, id: string) {
  const [row] = await vouchersService(scope).listVoucherRouters({ id })
  if (!row)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Router ${id} was not found`
    )
  return publicRouter(row)
}

/** A package with its router (public fields) and its variant's product title, SKU and prices. */
export async function packagesWithVariants(
  scope: MedusaContainer,
  rows: Row[]
) {
  if (!rows.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "product_id",
      "product.title",
      "product.status",
      "prices.amount",
      "prices.currency_code",
    ],
    filters: { id: rows.map((r) => r.variant_id) },
  })
  const byId = new Map((variants as Row[]).map((v) => [v.id, v]))
  return rows.map(({ router, purchases: _p, ...pkg }) => ({
    ...pkg,
    router: router ? { id: router.id, name: router.name } : null,
    variant: byId.get(pkg.variant_id) ?? null,
  }))
}

export async function retrievePackage(scope: MedusaContainer, id: string) {
  const [row] = await vouchersService(scope).listVoucherPackages(
    { id },
    { relations: ["router"] }
  )
  if (!row)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Voucher package ${id} was not found`
    )
  return (await packagesWithVariants(scope, [row as Row]))[0]
}

/** A purchase as operators see it: its package, vouchers and delivery log. */
export async function retrievePurchase(scope: MedusaContainer, id: string) {
  const [row] = await vouchersService(scope).listVoucherPurchases(
    { id },
    { relations: ["package", "vouchers", "deliveries"] }
  )
  if (!row)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Voucher purchase ${id} was not found`
    )
  const { package: pkg, ...rest } = row as Row
  return <Row>{
    ...rest,
    package: pkg ? { id: pkg.id, name: pkg.name } : null,
    vouchers: sortBy(rest.vouchers ?? [], "created_at"),
    deliveries: sortBy(rest.deliveries ?? [], "created_at"),
  }
}

function sortBy(rows: Row[], key: string) {
  return [...rows].sort(
    (a, b) => new Date(a[key]).getTime() - new Date(b[key]).getTime()
  )
}
