import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createPackageStep,
  createRouterStep,
  deletePackageStep,
  deleteRouterStep,
  updatePackageStep,
  updateRouterStep,
  validatePackageStep,
  type PackageInput,
  type RouterInput,
} from "../steps/admin"

export const createVoucherRouterWorkflow = createWorkflow(
  "voucher-create-router",
  (input: RouterInput) => new WorkflowResponse(createRouterStep(input))
)
export const updateVoucherRouterWorkflow = createWorkflow(
  "voucher-update-router",
  (input: RouterInput & { id: string }) =>
    new WorkflowResponse(updateRouterStep(input))
)
export const deleteVoucherRouterWorkflow = createWorkflow(
  "voucher-delete-router",
  (input: { id: string }) => new WorkflowResponse(deleteRouterStep(input))
)
export const createVoucherPackageWorkflow = createWorkflow(
  "voucher-create-package",
  (input: PackageInput) => {
    validatePackageStep(input)
    return new WorkflowResponse(createPackageStep(input))
  }
)
export const updateVoucherPackageWorkflow = createWorkflow(
  "voucher-update-package",
  (input: PackageInput & { id: string }) => {
    validatePackageStep(input)
    return new WorkflowResponse(updatePackageStep(input))
  }
)
export const deleteVoucherPackageWorkflow = createWorkflow(
  "voucher-delete-package",
  (input: { id: string }) => new WorkflowResponse(deletePackageStep(input))
)
