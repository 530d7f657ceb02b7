/** A form value the operator has to fix; its message is shown as is. */
export class FormError extends Error {}

/** A whole number in [min, max], or undefined when the field is empty. */
export function optionalInt(
  value: string,
  label: string,
  min: number,
  max: number
): number | undefined {
  const trimmed = value.trim()
  if (trimmed === "") return undefined
  const n = Number(trimmed)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new FormError(`${label} must be a whole number from ${min} to ${max}`)
  }
  return n
}

export function requiredInt(
  value: string,
  label: string,
  min: number,
  max: number
): number {
  const n = optionalInt(value, label, min, max)
  if (n === undefined) throw new FormError(`${label} is required`)
  return n
}

export function requiredText(value: string, label: string): string {
  const trimmed = value.trim()
  if (!trimmed) throw new FormError(`${label} is required`)
  return trimmed
}

/** The keys of `next` whose value differs from `previous` (for partial updates). */
export function changedFields<T extends object>(
  next: T,
  previous: T
): Partial<T> {
  const out: Partial<T> = {}
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(previous[key])) {
      out[key] = next[key]
    }
  }
  return out
}

/** Drops keys whose value is undefined (so they are not sent). */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined)
  ) as Partial<T>
}
