/**
 * Test helpers: a logger that keeps every line, and providers pointed at the
 * fake WhatsApp server.
 */
import type {
  Logger,
  ProviderSendNotificationDTO,
} from "@medusajs/framework/types"
import type { FakeWhatsApp } from "../../../testing/fake-whatsapp"
import { WhatsAppNotificationService } from "../service"
import type { WhatsAppCloudOptions, WhatsAppGatewayOptions } from "../types"

/** Every logged line, whatever the level, as "level: message". */
export function collectingLogger(lines: string[]): Logger {
  const keep =
    (level: string) =>
    (...args: unknown[]) => {
      lines.push(`${level}: ${args.map(String).join(" ")}`)
    }
  const levels = [
    "debug",
    "info",
    "warn",
    "error",
    "log",
    "http",
    "verbose",
    "silly",
    "panic",
    "progress",
    "success",
    "failure",
  ]
  const logger: Record<string, unknown> = Object.fromEntries(
    levels.map((level) => [level, keep(level)])
  )
  logger.activity = () => ""
  logger.shouldLog = () => true
  logger.setLogLevel = () => undefined
  logger.unsetLogLevel = () => undefined
  return logger as unknown as Logger
}

export function cloudProvider(
  fake: FakeWhatsApp,
  lines: string[],
  options: Partial<WhatsAppCloudOptions> = {}
): WhatsAppNotificationService {
  return new WhatsAppNotificationService(
    { logger: collectingLogger(lines) },
    {
      transport: "cloud",
      access_token: fake.accessToken,
      phone_number_id: fake.phoneNumberId,
      base_url: fake.cloudBaseUrl,
      ...options,
    }
  )
}

export function gatewayProvider(
  fake: FakeWhatsApp,
  lines: string[],
  options: Partial<WhatsAppGatewayOptions> = {}
): WhatsAppNotificationService {
  return new WhatsAppNotificationService(
    { logger: collectingLogger(lines) },
    {
      transport: "gateway",
      token: fake.gatewayToken,
      url: fake.gatewayUrl,
      ...options,
    }
  )
}

/** A notification as Medusa's Notification Module hands it to the provider. */
export function notification(
  to: string,
  extra: Partial<ProviderSendNotificationDTO> = {}
): ProviderSendNotificationDTO {
  return {
    to,
    channel: "whatsapp",
    template: "voucher-delivered",
    data: {},
    ...extra,
  }
}

/** The rejection of a promise, failing the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error("expected the promise to reject, but it resolved")
}
