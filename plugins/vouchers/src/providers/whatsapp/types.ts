/**
 * Options of the WhatsApp notification provider (channel `whatsapp`), as
 * written in medusa-config.ts, and their resolved form. Two transports: the
 * WhatsApp Cloud API (Meta Graph API) and a Fonnte-style HTTP gateway.
 */

export type WhatsAppTransport = "cloud" | "gateway"

/** An approved WhatsApp message template (Cloud API only). */
export interface WhatsAppTemplateOptions {
  /** Template name as approved in WhatsApp Manager. */
  name: string
  /** Template language code, e.g. "id", "en_US". Default "id". */
  language?: string
}

/** Options shared by both transports. */
export interface WhatsAppCommonOptions {
  /** Per request, in milliseconds. Default 10 000. */
  timeout_ms?: number
  /**
   * Country calling code used to normalise local numbers ("0812…" becomes
   * "62812…"); for the gateway it is also sent as `countryCode`. Default "62".
   */
  country_code?: string
  /** Read by Medusa's Notification Module, e.g. ["whatsapp"]. */
  channels?: string[]
}

export interface WhatsAppCloudOptions extends WhatsAppCommonOptions {
  transport: "cloud"
  /** System-user or temporary access token of the Meta app. Never logged. */
  access_token: string
  /** Numeric id of the sending business phone number (not the number itself). */
  phone_number_id: string
  /** Graph API version, e.g. "v21.0". Default "v21.0". */
  api_version?: string
  /** Default "https://graph.facebook.com". */
  base_url?: string
  /**
   * When set, messages are sent as this template with each non-empty line of
   * the text as one body parameter ({{1}}, {{2}}, …). When absent, messages
   * are plain text, which WhatsApp only delivers inside the 24-hour customer
   * service window.
   */
  template?: WhatsAppTemplateOptions | null
}

export interface WhatsAppGatewayOptions extends WhatsAppCommonOptions {
  transport: "gateway"
  /** Default "https://api.fonnte.com/send". */
  url?: string
  /** Device token, sent as the raw `Authorization` header. Never logged. */
  token: string
}

export type WhatsAppProviderOptions =
  WhatsAppCloudOptions | WhatsAppGatewayOptions

/** Cloud options with defaults applied. */
export interface ResolvedWhatsAppCloudOptions {
  transport: "cloud"
  accessToken: string
  phoneNumberId: string
  apiVersion: string
  /** Without a trailing slash. */
  baseUrl: string
  template: { name: string; language: string } | null
  timeoutMs: number
  countryCode: string
}

/** Gateway options with defaults applied. */
export interface ResolvedWhatsAppGatewayOptions {
  transport: "gateway"
  url: string
  token: string
  timeoutMs: number
  countryCode: string
}

export type ResolvedWhatsAppOptions =
  ResolvedWhatsAppCloudOptions | ResolvedWhatsAppGatewayOptions

/** What a transport returns: the provider's message id, when it gave one. */
export interface WhatsAppSendResult {
  id?: string
}
