import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  StoreCreatePushSubscription,
  StoreDeletePushSubscription,
  StoreListPushSubscriptions,
} from "./validators"

/** /store/push-subscriptions: a signed-in customer's browsers (ownership in the workflows' query filters). */
export const storePushSubscriptionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/push-subscriptions",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/push-subscriptions",
    middlewares: [
      validateAndTransformQuery(StoreListPushSubscriptions, {
        defaults: ["id", "endpoint", "user_agent", "created_at"],
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/push-subscriptions",
    middlewares: [validateAndTransformBody(StoreCreatePushSubscription)],
  },
  {
    method: ["DELETE"],
    matcher: "/store/push-subscriptions",
    middlewares: [validateAndTransformBody(StoreDeletePushSubscription)],
  },
]
