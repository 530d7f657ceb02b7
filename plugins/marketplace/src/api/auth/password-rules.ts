/** Seller password rules: at least 8 characters, and not the e-mail address itself. */
export const MIN_PASSWORD_LENGTH = 8

export function passwordProblem(
  password: unknown,
  email?: unknown
): string | null {
  if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH) {
    return `password: must be at least ${MIN_PASSWORD_LENGTH} characters`
  }
  if (
    typeof email === "string" &&
    password.trim().toLowerCase() === email.trim().toLowerCase()
  ) {
    return "password: must not be the e-mail address"
  }
  return null
}
