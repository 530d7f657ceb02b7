import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { AuditModules } from "../../../types"
import AuditEntry from "../models/audit-entry"
import AuditModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<AuditModuleService>({
  moduleName: AuditModules.AUDIT,
  moduleModels: [AuditEntry],
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("audit module", () => {
      it("stores entries with an aud_ id, their changes, filtered by entity and actor", async () => {
        await service.createAuditEntries([
          {
            actor_type: "user",
            actor_id: "user_1",
            action: "seller.status_changed",
            entity_type: "seller",
            entity_id: "sel_1",
            changes: { status: { from: "pending", to: "active" } },
          },
          {
            actor_type: "system",
            actor_id: null,
            action: "seller_order.canceled",
            entity_type: "seller_order",
            entity_id: "order_1",
          },
        ])
        const [entries, count] = await service.listAndCountAuditEntries({
          entity_type: "seller",
          entity_id: "sel_1",
        })
        expect(count).toBe(1)
        expect(entries[0].id).toMatch(/^aud_/)
        expect(entries[0].changes).toEqual({
          status: { from: "pending", to: "active" },
        })
        expect(
          await service.listAuditEntries({ actor_type: "system" })
        ).toEqual([expect.objectContaining({ entity_id: "order_1" })])
      })

      it("refuses an unknown actor type", async () => {
        await expect(
          service.createAuditEntries({
            actor_type: "robot" as never,
            action: "x.y",
            entity_type: "x",
            entity_id: "1",
          })
        ).rejects.toThrow()
        expect(await service.listAuditEntries({})).toEqual([])
      })
    })
  },
})
