import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  orderGroupLockKey,
  SELLER_ORDER_LOCK,
} from "../../order-lifecycle/utils/locks"
import { recordGroupCapturesStep } from "../steps/record-group-captures"
import type { QueryRow } from "../../order-lifecycle/utils/query-row"

export const recordGroupCapturesWorkflowId = "marketplace-record-group-captures"

/**
 * Records a payment's captures on the seller orders of its order group
 * (see `recordGroupCapturesStep`), under the group's lock. A payment that
 * belongs to no group (or whose checkout is still running, in which case the
 * split records the captures itself) changes nothing.
 */
export const recordGroupCapturesWorkflow = createWorkflow(
  recordGroupCapturesWorkflowId,
  (input: { payment_id: string }) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: ["id", "payment_collection.order_group.id"],
      filters: { id: input.payment_id },
    })
    const groupId = transform(
      { payments },
      ({ payments }) =>
        (payments[0] as QueryRow | undefined)?.payment_collection?.order_group
          ?.id ?? null
    )
    const result = when(
      "marketplace-payment-belongs-to-group",
      { groupId },
      ({ groupId }) => !!groupId
    ).then(() => {
      const key = transform({ groupId }, ({ groupId }) =>
        orderGroupLockKey(groupId as string)
      )
      acquireLockStep({ key, ...SELLER_ORDER_LOCK })
      const recorded = recordGroupCapturesStep(input)
      releaseLockStep({ key })
      return recorded
    })
    return new WorkflowResponse(
      transform({ result }, ({ result }) => ({ transaction_ids: result ?? [] }))
    )
  }
)
