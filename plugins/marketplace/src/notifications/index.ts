export * from "./types"
export * from "./render"
export { resolveLocale, escapeHtml, formatMoney } from "./format"
export * from "./push"
