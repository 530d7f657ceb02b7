import { createPreviewToken, verifyPreviewToken } from "../utils/preview-token"

const SECRET = "a-test-secret-of-some-length"

describe("preview tokens", () => {
  it("verifies its own tokens and names their page", () => {
    const { token, expires_at } = createPreviewToken(SECRET, "page_01ABC", 60)
    expect(verifyPreviewToken(SECRET, token)).toBe("page_01ABC")
    expect(expires_at.getTime()).toBeGreaterThan(Date.now())
  })

  it("refuses another secret, a changed page id, a changed expiry and an expired token", () => {
    const { token } = createPreviewToken(SECRET, "page_01ABC", 60)
    const [, exp, mac] = token.split(".")
    expect(
      verifyPreviewToken("another-secret-of-some-length", token)
    ).toBeNull()
    expect(verifyPreviewToken(SECRET, `page_01XYZ.${exp}.${mac}`)).toBeNull()
    expect(
      verifyPreviewToken(SECRET, `page_01ABC.${Number(exp) + 3600}.${mac}`)
    ).toBeNull()
    expect(
      verifyPreviewToken(
        SECRET,
        createPreviewToken(SECRET, "page_01ABC", -1).token
      )
    ).toBeNull()
    expect(verifyPreviewToken(SECRET, "garbage")).toBeNull()
  })
})
