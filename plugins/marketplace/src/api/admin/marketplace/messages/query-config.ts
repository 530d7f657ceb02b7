/** What operators see of a sent (or failed) message. */
export const adminMessageFields = [
  "id",
  "idempotency_key",
  "template",
  "channel",
  "to",
  "locale",
  "subject",
  "html",
  "text",
  "data",
  "resource_type",
  "resource_id",
  "status",
  "attempts",
  "errors",
  "notification_id",
  "provider_id",
  "sent_at",
  "last_attempt_at",
  "created_at",
  "updated_at",
]

export const listAdminMessagesQueryConfig = {
  defaults: adminMessageFields,
  allowed: adminMessageFields,
  defaultLimit: 20,
  isList: true,
}
