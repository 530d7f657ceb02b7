import { codeFormatProblem, newCredentials, randomCode } from "../utils/codes"
import { decryptSecret, encryptSecret } from "../utils/credentials"
import { resolveVouchersOptions } from "../service"
import { DEFAULT_CODE_ALPHABET, canChangePurchaseStatus } from "../../../types"

describe("voucher codes", () => {
  it("draws codes of the requested length from the alphabet only", () => {
    for (let i = 0; i < 200; i++) {
      const code = randomCode(10, "abc123XYZ0")
      expect(code).toMatch(/^[abc123XYZ0]{10}$/)
    }
  })

  it("spreads draws over the whole alphabet (no modulo bias toward the first characters)", () => {
    const counts = new Map<string, number>()
    for (const ch of randomCode(31_000, DEFAULT_CODE_ALPHABET)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1)
    }
    expect(counts.size).toBe(DEFAULT_CODE_ALPHABET.length)
    // 1000 expected per character; a biased generator drifts far more.
    for (const n of counts.values())
      expect(Math.abs(n - 1000)).toBeLessThan(200)
  })

  it("uses the prefix and, unless the package says otherwise, the code as password", () => {
    const same = newCredentials({
      code_length: 8,
      code_alphabet: DEFAULT_CODE_ALPHABET,
      code_prefix: "WIFI-",
      username_equals_password: true,
    })
    expect(same.username).toMatch(/^WIFI-[a-z0-9]{8}$/)
    expect(same.password).toBe(same.username)
    const separate = newCredentials({
      code_length: 8,
      code_alphabet: DEFAULT_CODE_ALPHABET,
      code_prefix: "",
      username_equals_password: false,
    })
    expect(separate.password).not.toBe(separate.username)
    expect(separate.password).toHaveLength(8)
  })

  it("refuses formats that give too few codes or unsafe characters, naming the field", () => {
    expect(
      codeFormatProblem({ code_length: 4, code_alphabet: "0123456789" })?.field
    ).toBe("code_length")
    expect(codeFormatProblem({ code_alphabet: "abc" })?.field).toBe(
      "code_alphabet"
    )
    expect(codeFormatProblem({ code_alphabet: "abcdefghij;" })?.field).toBe(
      "code_alphabet"
    )
    expect(codeFormatProblem({ code_prefix: "a b" })?.field).toBe("code_prefix")
    expect(
      codeFormatProblem({
        code_length: 8,
        code_alphabet: DEFAULT_CODE_ALPHABET,
      })
    ).toBeNull()
  })
})

describe("router credentials at rest", () => {
  it("round-trips and never stores the plain text", () => {
    const sealed = encryptSecret("rahasia-router", "s3cret")
    expect(sealed).toMatch(/^v1:/)
    expect(sealed).not.toContain("rahasia")
    expect(decryptSecret(sealed, "s3cret")).toBe("rahasia-router")
    // Fresh IV per encryption.
    expect(encryptSecret("rahasia-router", "s3cret")).not.toBe(sealed)
  })

  it("fails loudly with another secret or a tampered value", () => {
    const sealed = encryptSecret("rahasia-router", "s3cret")
    expect(() => decryptSecret(sealed, "other")).toThrow(/credentials_secret/)
    const [v, iv, tag, data] = sealed.split(":")
    const flipped = data.slice(0, -2) + (data.endsWith("A") ? "BB" : "AA")
    expect(() =>
      decryptSecret([v, iv, tag, flipped].join(":"), "s3cret")
    ).toThrow()
    expect(() => decryptSecret("plain", "s3cret")).toThrow(/format/)
  })
})

describe("options and statuses", () => {
  it("reads string options (environment variables) and names a bad one", () => {
    const o = resolveVouchersOptions({
      router_backoff_ms: "20" as unknown as number,
      delivery_channels: "whatsapp" as unknown as ["whatsapp"],
    })
    expect(o.router_backoff_ms).toBe(20)
    expect(o.router_attempts).toBe(3)
    expect(o.delivery_channels).toEqual(["whatsapp"])
    expect(() => resolveVouchersOptions({ router_attempts: 0 })).toThrow(
      /router_attempts/
    )
    expect(() =>
      resolveVouchersOptions({ delivery_channels: ["sms" as "email"] })
    ).toThrow(/delivery_channels/)
  })

  it("allows only the purchase status changes in the table", () => {
    expect(canChangePurchaseStatus("pending", "completed")).toBe(true)
    expect(
      canChangePurchaseStatus("voucher_generation_failed", "completed")
    ).toBe(true)
    expect(canChangePurchaseStatus("failed", "completed")).toBe(false)
    expect(canChangePurchaseStatus("completed", "failed")).toBe(false)
    expect(canChangePurchaseStatus("completed", "pending")).toBe(false)
  })
})
