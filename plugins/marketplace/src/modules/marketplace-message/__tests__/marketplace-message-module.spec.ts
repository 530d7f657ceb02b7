import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MarketplaceModules } from "../../../types"
import LowStockAlert from "../models/low-stock-alert"
import MarketplaceMessage from "../models/marketplace-message"
import MarketplaceMessageModuleService, {
  parseMessageSendOptions,
} from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<MarketplaceMessageModuleService>({
  moduleName: MarketplaceModules.MESSAGE,
  moduleModels: [MarketplaceMessage, LowStockAlert],
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("low-stock crossings", () => {
      it("numbers one crossing per fall below the threshold, the same for concurrent callers", async () => {
        const marks = await Promise.all(
          Array.from({ length: 8 }, () =>
            service.markLowStock("iitem_1", "sloc_1")
          )
        )
        expect(new Set(marks)).toEqual(new Set([1]))

        // Still low: the same crossing.
        expect(await service.markLowStock("iitem_1", "sloc_1")).toBe(1)
        // Back above, then below again: crossing 2, for every caller.
        expect(await service.clearLowStock("iitem_1", "sloc_1")).toBe(true)
        expect(await service.clearLowStock("iitem_1", "sloc_1")).toBe(false)
        const again = await Promise.all(
          Array.from({ length: 8 }, () =>
            service.markLowStock("iitem_1", "sloc_1")
          )
        )
        expect(new Set(again)).toEqual(new Set([2]))

        // Another level has its own state.
        expect(await service.markLowStock("iitem_1", "sloc_2")).toBe(1)
        const states = await service.listLowStockAlerts(
          {},
          { order: { location_id: "ASC" } }
        )
        expect(
          states.map((s) => [s.location_id, s.is_low, s.crossings])
        ).toEqual([
          ["sloc_1", true, 2],
          ["sloc_2", true, 1],
        ])
      })

      it("clearing a level never seen low records nothing", async () => {
        expect(await service.clearLowStock("iitem_9", "sloc_9")).toBe(false)
        expect(await service.listLowStockAlerts({})).toHaveLength(0)
      })
    })

    describe("messages", () => {
      it("keeps one message per idempotency key", async () => {
        const message = {
          idempotency_key: "order-placed:shopper:ogrp_1",
          template: "marketplace-order-placed-shopper",
          to: "budi@example.com",
          locale: "id",
          subject: "Pesanan",
          html: "<p>x</p>",
          text: "x",
        }
        const created = await service.createMarketplaceMessages(message)
        expect(created.id).toMatch(/^mmsg_/)
        expect(created).toMatchObject({
          status: "pending",
          attempts: 0,
          channel: "email",
        })
        await expect(
          service.createMarketplaceMessages(message)
        ).rejects.toThrow()
        expect(await service.listMarketplaceMessages({})).toHaveLength(1)
      })
    })

    describe("options", () => {
      it("defaults to 3 tries and 2 s back-off, refuses nonsense", () => {
        expect(parseMessageSendOptions()).toEqual({
          attempts: 3,
          backoff_ms: 2000,
        })
        expect(
          parseMessageSendOptions({
            notification_attempts: "5",
            notification_backoff_ms: "50",
          })
        ).toEqual({ attempts: 5, backoff_ms: 50 })
        expect(() =>
          parseMessageSendOptions({ notification_backoff_ms: "soon" })
        ).toThrow(/notification_backoff_ms must be a whole number/)
      })
    })
  },
})
