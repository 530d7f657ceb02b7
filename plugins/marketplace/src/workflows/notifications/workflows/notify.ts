import {
  createWorkflow,
  parallelize,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { prepareLowStockMessagesStep } from "../steps/prepare-low-stock-messages"
import { prepareOrderPlacedMessagesStep } from "../steps/prepare-order-placed-messages"
import { prepareSellerOrderStatusMessagesStep } from "../steps/prepare-seller-order-status-messages"
import { prepareSellerOrderStatusPushesStep } from "../steps/prepare-seller-order-status-pushes"
import { prepareSellerStatusMessagesStep } from "../steps/prepare-seller-status-messages"
import {
  resendFailedMessagesStep,
  type ResendFailedMessagesInput,
} from "../steps/resend-failed-messages"
import { sendNotificationsStep } from "../steps/send-notifications"
import { sendPushNotificationsStep } from "../steps/send-push-notifications"

export const notifyOrderPlacedWorkflowId = "marketplace-notify-order-placed"
/** `order_group.created`: the shopper's e-mail for the checkout and each seller's for its order. */
export const notifyOrderPlacedWorkflow = createWorkflow(
  notifyOrderPlacedWorkflowId,
  (input: { order_group_id: string }) => {
    const messages = prepareOrderPlacedMessagesStep(input)
    return new WorkflowResponse(sendNotificationsStep({ messages }))
  }
)

export const notifySellerOrderStatusWorkflowId =
  "marketplace-notify-seller-order-status"
/**
 * `seller_order.accepted|shipped|delivered|canceled` (`event`): the shopper's
 * e-mail, and a push to each browser the shopper subscribed when a provider
 * takes the `push` channel. Returns the e-mail outcomes.
 */
export const notifySellerOrderStatusWorkflow = createWorkflow(
  notifySellerOrderStatusWorkflowId,
  (input: { order_id: string; event: string }) => {
    const [messages, pushes] = parallelize(
      prepareSellerOrderStatusMessagesStep(input),
      prepareSellerOrderStatusPushesStep(input)
    )
    const [emails] = parallelize(
      sendNotificationsStep({ messages }),
      sendPushNotificationsStep({ pushes })
    )
    return new WorkflowResponse(emails)
  }
)

export const notifyLowStockWorkflowId = "marketplace-notify-low-stock"
/** Inventory levels changed: one alert per fall below LOW_STOCK_THRESHOLD. */
export const notifyLowStockWorkflow = createWorkflow(
  notifyLowStockWorkflowId,
  (input: { inventory_level_ids: string[] }) => {
    const messages = prepareLowStockMessagesStep(input)
    return new WorkflowResponse(sendNotificationsStep({ messages }))
  }
)

export const notifySellerStatusWorkflowId = "marketplace-notify-seller-status"
/** `seller.status_changed` to active or suspended: the seller's e-mail. */
export const notifySellerStatusWorkflow = createWorkflow(
  notifySellerStatusWorkflowId,
  (input: { seller_id: string; to: string; change_id?: string }) => {
    const messages = prepareSellerStatusMessagesStep(input)
    return new WorkflowResponse(sendNotificationsStep({ messages }))
  }
)

export const resendFailedMessagesWorkflowId =
  "marketplace-resend-failed-messages"
/** Tries failed e-mails again (the scheduled job runs it; operators may too). */
export const resendFailedMessagesWorkflow = createWorkflow(
  resendFailedMessagesWorkflowId,
  (input: ResendFailedMessagesInput) => {
    return new WorkflowResponse(resendFailedMessagesStep(input))
  }
)
