/* eslint-disable @typescript-eslint/no-explicit-any -- the generated service's inputs do not know the belongsTo foreign keys; rows are passed through untouched */
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { codeFormatProblem } from "../../../modules/vouchers/utils/codes"

type Row = Record<string, any>

export type RouterInput = {
  name?: string
  host?: string
  port?: number | null
  api_kind?: "rest" | "api"
  use_tls?: boolean
  tls_verify?: boolean
  username?: string
  /** Stored encrypted; never returned. */
  password?: string
  /** Name of an environment variable holding the password. */
  password_env?: string | null
  hotspot_server?: string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

function routerData(vouchers: VouchersModuleService, input: RouterInput): Row {
  const { password, ...rest } = input
  const data: Row = { ...rest }
  if (password !== undefined) {
    data.password_encrypted = vouchers.sealRouterPassword(password)
    data.password_env = null
  } else if (input.password_env) {
    data.password_encrypted = null
  }
  return data
}

export const createRouterStep = createStep(
  "voucher-create-router-step",
  async (input: RouterInput, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const router = await vouchers.createVoucherRouters(
      routerData(vouchers, input) as any
    )
    return new StepResponse({ id: router.id }, router.id)
  },
  async (id, { container }) => {
    if (!id) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.deleteVoucherRouters(id)
  }
)

export const updateRouterStep = createStep(
  "voucher-update-router-step",
  async (input: RouterInput & { id: string }, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const before = (await vouchers.retrieveVoucherRouter(input.id)) as Row
    await vouchers.updateVoucherRouters({
      ...routerData(vouchers, input),
      id: input.id,
    } as any)
    return new StepResponse({ id: input.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const {
      packages: _p,
      created_at: _c,
      updated_at: _u,
      deleted_at: _d,
      ...fields
    } = before
    await vouchers.updateVoucherRouters(fields as any)
  }
)

export const deleteRouterStep = createStep(
  "voucher-delete-router-step",
  async ({ id }: { id: string }, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const packages = await vouchers.listVoucherPackages(
      { router_id: id } as any,
      { select: ["id"] }
    )
    if (packages.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `router ${id} still serves ${packages.length} package(s): move or delete them first`
      )
    }
    await vouchers.softDeleteVoucherRouters(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.restoreVoucherRouters(id)
  }
)

export type PackageInput = {
  name?: string
  description?: string | null
  variant_id?: string
  router_id?: string
  hotspot_profile?: string
  uptime_limit?: string | null
  validity_hours?: number
  data_limit_mb?: number | null
  vouchers_per_unit?: number
  code_length?: number
  code_alphabet?: string
  code_prefix?: string
  username_equals_password?: boolean
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

/** Checks references and the code format; errors name the field. */
export const validatePackageStep = createStep(
  "voucher-validate-package-step",
  async (input: PackageInput & { id?: string }, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const current = input.id
      ? ((await vouchers.retrieveVoucherPackage(input.id)) as Row)
      : null
    if (input.router_id) {
      const [router] = await vouchers.listVoucherRouters({
        id: input.router_id,
      })
      if (!router) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `router_id: no router ${input.router_id}`
        )
      }
    }
    if (input.variant_id && input.variant_id !== current?.variant_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { id: input.variant_id },
      })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `variant_id: no product variant ${input.variant_id}`
        )
      }
      const [taken] = await vouchers.listVoucherPackages({
        variant_id: input.variant_id,
      })
      if (taken) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `variant_id: variant ${input.variant_id} already sells package ${taken.name}`
        )
      }
    }
    const problem = codeFormatProblem({
      code_length: input.code_length ?? current?.code_length ?? 8,
      code_alphabet: input.code_alphabet ?? current?.code_alphabet ?? undefined,
      code_prefix: input.code_prefix,
    })
    if (
      problem &&
      (problem.field !== "code_length" ||
        input.code_length !== undefined ||
        input.code_alphabet !== undefined)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${problem.field}: ${problem.message}`
      )
    }
    return new StepResponse(undefined)
  }
)

export const createPackageStep = createStep(
  "voucher-create-package-step",
  async (input: PackageInput, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const pkg = await vouchers.createVoucherPackages(input as any)
    return new StepResponse({ id: pkg.id }, pkg.id)
  },
  async (id, { container }) => {
    if (!id) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.deleteVoucherPackages(id)
  }
)

export const updatePackageStep = createStep(
  "voucher-update-package-step",
  async (input: PackageInput & { id: string }, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const before = (await vouchers.retrieveVoucherPackage(input.id)) as Row
    await vouchers.updateVoucherPackages(input as any)
    return new StepResponse({ id: input.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const {
      router: _r,
      purchases: _p,
      created_at: _c,
      updated_at: _u,
      deleted_at: _d,
      ...fields
    } = before
    await vouchers.updateVoucherPackages(fields as any)
  }
)

export const deletePackageStep = createStep(
  "voucher-delete-package-step",
  async ({ id }: { id: string }, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.softDeleteVoucherPackages(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.restoreVoucherPackages(id)
  }
)
