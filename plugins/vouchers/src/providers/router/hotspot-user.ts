/**
 * Maps between our snake_case hotspot user and RouterOS' kebab-case
 * `/ip/hotspot/user` properties. RouterOS hands every value back as a string
 * (REST JSON and API words alike): numbers as decimal digits, booleans as
 * "true"/"false" ("yes"/"no" on some old builds). Unset properties are absent.
 */
import { RouterError, type HotspotUser, type HotspotUserInput } from "./types"

/** One `/ip/hotspot/user` record as RouterOS prints it. */
export type RouterOsRecord = Record<string, string>

/** The RouterOS properties to send for `add` / REST PUT. Empty values are left out. */
export function hotspotUserFields(input: HotspotUserInput): RouterOsRecord {
  if (!input.name) {
    throw new RouterError("rejected", "hotspot user name is empty", false)
  }
  const fields: RouterOsRecord = { name: input.name, password: input.password }
  setIfPresent(fields, "profile", input.profile)
  setIfPresent(fields, "limit-uptime", input.limit_uptime)
  if (
    input.limit_bytes_total !== null &&
    input.limit_bytes_total !== undefined
  ) {
    fields["limit-bytes-total"] = byteCount(input.limit_bytes_total)
  }
  setIfPresent(fields, "comment", input.comment)
  setIfPresent(fields, "server", input.server)
  return fields
}

function setIfPresent(
  fields: RouterOsRecord,
  key: string,
  value: string | null | undefined
): void {
  if (value !== null && value !== undefined && value !== "") {
    fields[key] = value
  }
}

function byteCount(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RouterError(
      "rejected",
      `limit_bytes_total must be a whole number of bytes, got ${value}`,
      false
    )
  }
  return String(value)
}

/** Our view of a printed record; "protocol" when `.id` or `name` is missing. */
export function hotspotUserFromRecord(record: RouterOsRecord): HotspotUser {
  const id = record[".id"]
  const name = record.name
  if (!id || name === undefined) {
    throw new RouterError(
      "protocol",
      "router returned a hotspot user without .id or name"
    )
  }
  const user: HotspotUser = {
    id,
    name,
    profile: record.profile ?? null,
    comment: record.comment ?? null,
    limit_uptime: record["limit-uptime"] ?? null,
    limit_bytes_total: parseByteCount(record["limit-bytes-total"]),
  }
  if (record.disabled !== undefined) {
    user.disabled = record.disabled === "true" || record.disabled === "yes"
  }
  return user
}

/** The user as created, for APIs that only answer with the new `.id`. */
export function hotspotUserFromInput(
  id: string,
  input: HotspotUserInput
): HotspotUser {
  return {
    id,
    name: input.name,
    profile: input.profile || null,
    comment: input.comment || null,
    limit_uptime: input.limit_uptime || null,
    limit_bytes_total: input.limit_bytes_total ?? null,
    disabled: false,
  }
}

function parseByteCount(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) {
    return null
  }
  const n = Number(value)
  return Number.isSafeInteger(n) ? n : null
}

/**
 * A JSON value as a RouterOS record: an object whose values are strings
 * (numbers and booleans are turned into strings; other values are dropped).
 */
export function asRouterOsRecord(value: unknown): RouterOsRecord | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return null
  }
  const record: RouterOsRecord = {}
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string") {
      record[key] = v
    } else if (typeof v === "number" || typeof v === "boolean") {
      record[key] = String(v)
    }
  }
  return record
}
