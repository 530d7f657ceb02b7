/** validateOptions / resolveWhatsAppOptions: defaults and errors naming the option. */
import { MedusaError } from "@medusajs/framework/utils"
import { resolveWhatsAppOptions } from "../options"
import { WhatsAppNotificationService } from "../service"
import { collectingLogger } from "./fixture"

const cloud = {
  transport: "cloud",
  access_token: "EAAG-secret",
  phone_number_id: "106540352242922",
}
const gateway = { transport: "gateway", token: "fonnte-secret" }

function validationError(options: unknown): MedusaError {
  try {
    WhatsAppNotificationService.validateOptions(options)
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("validateOptions accepted the options")
}

describe("WhatsAppNotificationService.validateOptions", () => {
  it("has the identifier whatsapp", () => {
    expect(WhatsAppNotificationService.identifier).toBe("whatsapp")
  })

  it("accepts minimal cloud and gateway options, and Medusa's channels key", () => {
    expect(() =>
      WhatsAppNotificationService.validateOptions({
        ...cloud,
        channels: ["whatsapp"],
      })
    ).not.toThrow()
    expect(() =>
      WhatsAppNotificationService.validateOptions(gateway)
    ).not.toThrow()
  })

  it("applies the documented defaults", () => {
    expect(resolveWhatsAppOptions(cloud)).toEqual({
      transport: "cloud",
      accessToken: "EAAG-secret",
      phoneNumberId: "106540352242922",
      apiVersion: "v21.0",
      baseUrl: "https://graph.facebook.com",
      template: null,
      timeoutMs: 10_000,
      countryCode: "62",
    })
    expect(resolveWhatsAppOptions(gateway)).toEqual({
      transport: "gateway",
      url: "https://api.fonnte.com/send",
      token: "fonnte-secret",
      timeoutMs: 10_000,
      countryCode: "62",
    })
    expect(
      resolveWhatsAppOptions({
        ...cloud,
        base_url: "http://localhost:9000/",
        template: { name: "voucher_ready" },
      })
    ).toMatchObject({
      baseUrl: "http://localhost:9000",
      template: { name: "voucher_ready", language: "id" },
    })
  })

  it.each([
    ["no options", undefined, /provider options are required/],
    ["no transport", { access_token: "x" }, /"transport"/],
    ["unknown transport", { ...cloud, transport: "sms" }, /"transport".*"sms"/],
    [
      "cloud without access_token",
      { ...cloud, access_token: undefined },
      /"access_token"/,
    ],
    [
      "cloud with blank access_token",
      { ...cloud, access_token: " " },
      /"access_token"/,
    ],
    [
      "cloud without phone_number_id",
      { ...cloud, phone_number_id: undefined },
      /"phone_number_id"/,
    ],
    [
      "a phone number as phone_number_id",
      { ...cloud, phone_number_id: "+62 812 3456 7890" },
      /"phone_number_id"/,
    ],
    [
      "api_version without v",
      { ...cloud, api_version: "21.0" },
      /"api_version"/,
    ],
    [
      "base_url not a URL",
      { ...cloud, base_url: "graph.facebook.com" },
      /"base_url"/,
    ],
    [
      "base_url not http",
      { ...cloud, base_url: "ftp://graph.facebook.com" },
      /"base_url"/,
    ],
    [
      "template without name",
      { ...cloud, template: { language: "id" } },
      /"template.name"/,
    ],
    [
      "template as a string",
      { ...cloud, template: "voucher_ready" },
      /"template"/,
    ],
    [
      "template language malformed",
      { ...cloud, template: { name: "t", language: "Bahasa Indonesia" } },
      /"template.language"/,
    ],
    ["gateway without token", { transport: "gateway" }, /"token"/],
    [
      "gateway url not a URL",
      { ...gateway, url: "api.fonnte.com/send" },
      /"url"/,
    ],
    [
      "country_code with +",
      { ...gateway, country_code: "+62" },
      /"country_code"/,
    ],
    ["timeout_ms zero", { ...cloud, timeout_ms: 0 }, /"timeout_ms"/],
    [
      "timeout_ms as a string",
      { ...gateway, timeout_ms: "5000" },
      /"timeout_ms"/,
    ],
    ["timeout_ms NaN", { ...gateway, timeout_ms: Number.NaN }, /"timeout_ms"/],
  ])("rejects %s", (_label, options, expected) => {
    const error = validationError(options)
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(expected)
  })

  it("never puts the token in its messages", () => {
    const error = validationError({ ...cloud, phone_number_id: "abc" })
    expect(error.message).toContain("phone_number_id")
    expect(error.message).not.toContain("EAAG-secret")
  })

  it("is also applied by the constructor", () => {
    expect(
      () =>
        new WhatsAppNotificationService(
          { logger: collectingLogger([]) },
          // @ts-expect-error: the access token is missing on purpose
          { transport: "cloud", phone_number_id: "1" }
        )
    ).toThrow(/"access_token"/)
  })
})
