export * from "./audit/workflows/record-audit-entries"
export * from "./audit/steps/record-audit-entries"
