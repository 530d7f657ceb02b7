import crypto from "node:crypto"

/**
 * Router passwords at rest: AES-256-GCM with a key derived (scrypt) from the
 * module's `credentials_secret`. Stored as `v1:<iv>:<tag>:<ciphertext>` in
 * base64url, so a wrong secret fails loudly instead of returning garbage.
 */
const SALT = "belanjain-vouchers-router-credentials"

function keyOf(secret: string): Buffer {
  return crypto.scryptSync(secret, SALT, 32)
}

export function encryptSecret(plain: string, secret: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv("aes-256-gcm", keyOf(secret), iv)
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  const tag = cipher.getAuthTag()
  return ["v1", iv, tag, data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(":")
}

export function decryptSecret(stored: string, secret: string): string {
  const [version, iv, tag, data] = stored.split(":")
  if (version !== "v1" || !iv || !tag || data === undefined) {
    throw new Error("vouchers: a stored router password has an unknown format")
  }
  const decipher = crypto.createDecipheriv(
    "aes-256-gcm",
    keyOf(secret),
    Buffer.from(iv, "base64url")
  )
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(data, "base64url")),
      decipher.final(),
    ]).toString("utf8")
  } catch {
    throw new Error(
      "vouchers: a stored router password cannot be decrypted: credentials_secret (VOUCHERS_CREDENTIALS_SECRET) changed since it was saved"
    )
  }
}
