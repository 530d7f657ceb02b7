/** normalizeWhatsAppNumber: Indonesian and international inputs. */
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeWhatsAppNumber } from "../phone"

describe("normalizeWhatsAppNumber", () => {
  it.each([
    ["0812-3456-7890", "6281234567890"],
    ["+62 812 3456 7890", "6281234567890"],
    ["628123456789", "628123456789"],
    ["(0812) 3456 7890", "6281234567890"],
    ["+62 (0)812-3456-7890", "6281234567890"],
    ["  0812.3456.7890 ", "6281234567890"],
    ["+60 12-345 6789", "60123456789"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeWhatsAppNumber(raw)).toBe(expected)
  })

  it("uses the given country code for a leading 0", () => {
    expect(normalizeWhatsAppNumber("012-345 6789", "60")).toBe("60123456789")
  })

  it.each([
    ["too short", "0812"],
    ["too long", "+62 812 3456 7890 1234"],
    ["letters", "0812-abcd-7890"],
    ["an e-mail address", "buyer@example.com"],
    ["empty", ""],
    ["a second plus", "+62+8123456789"],
  ])("throws naming the number when %s", (_label, raw) => {
    let caught: unknown
    try {
      normalizeWhatsAppNumber(raw)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(MedusaError)
    expect((caught as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((caught as MedusaError).message).toContain(`"${raw}"`)
  })

  it("rejects a malformed country code", () => {
    expect(() => normalizeWhatsAppNumber("08123456789", "+62")).toThrow(
      /country code "\+62"/
    )
  })
})
