export * from "./create-review"
export * from "./update-review"
export * from "./update-review-status"
export * from "./reply-to-review"
