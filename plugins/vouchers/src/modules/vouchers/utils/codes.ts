import crypto from "node:crypto"

/** The code format of a voucher package. */
export type CodeFormat = {
  code_length: number
  code_alphabet: string
  code_prefix: string
  username_equals_password: boolean
}

/** A random string of `length` characters of `alphabet`, without modulo bias. */
export function randomCode(length: number, alphabet: string): string {
  const chars = [...new Set(alphabet)]
  let out = ""
  while (out.length < length) {
    for (const byte of crypto.randomBytes(length * 2)) {
      // Reject bytes above the largest multiple of the alphabet size.
      if (byte < 256 - (256 % chars.length)) out += chars[byte % chars.length]
      if (out.length === length) break
    }
  }
  return out
}

export function newCredentials(format: CodeFormat): {
  username: string
  password: string
} {
  const username =
    format.code_prefix + randomCode(format.code_length, format.code_alphabet)
  const password = format.username_equals_password
    ? username
    : randomCode(format.code_length, format.code_alphabet)
  return { username, password }
}

/**
 * Checks a code format; returns the name of the bad field and why, or null.
 * A format must leave room for many codes: at least 10^9 combinations.
 */
export function codeFormatProblem(
  format: Partial<CodeFormat>
): { field: string; message: string } | null {
  const alphabet = format.code_alphabet
  if (alphabet !== undefined) {
    if (!/^[A-Za-z0-9]+$/.test(alphabet))
      return {
        field: "code_alphabet",
        message: "code_alphabet may only contain letters and digits",
      }
    if (new Set(alphabet).size < 10)
      return {
        field: "code_alphabet",
        message: "code_alphabet needs at least 10 different characters",
      }
  }
  if (
    format.code_prefix !== undefined &&
    !/^[A-Za-z0-9-]*$/.test(format.code_prefix)
  )
    return {
      field: "code_prefix",
      message: "code_prefix may only contain letters, digits and '-'",
    }
  if (format.code_length !== undefined && alphabet !== undefined) {
    const combinations = Math.pow(new Set(alphabet).size, format.code_length)
    if (combinations < 1e9)
      return {
        field: "code_length",
        message: `code_length ${format.code_length} with ${new Set(alphabet).size} characters gives too few codes: use a longer code or a larger alphabet`,
      }
  }
  return null
}
