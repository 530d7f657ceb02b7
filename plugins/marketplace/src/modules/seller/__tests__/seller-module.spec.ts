import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MarketplaceModules } from "../../../types"
import Seller from "../models/seller"
import SellerMember from "../models/seller-member"
import SellerModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<SellerModuleService>({
  moduleName: MarketplaceModules.SELLER,
  moduleModels: [Seller, SellerMember],
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("seller module", () => {
      it("creates a seller with a sel_ id and the pending status by default", async () => {
        const seller = await service.createSellers({
          name: "Toko Jaya",
          handle: "toko-jaya",
          email: "jaya@example.com",
        })

        expect(seller.id).toMatch(/^sel_/)
        expect(seller.status).toBe("pending")

        const [stored] = await service.listSellers({ handle: "toko-jaya" })
        expect(stored).toEqual(
          expect.objectContaining({ id: seller.id, name: "Toko Jaya" })
        )
      })

      it("refuses a second live seller with the same handle", async () => {
        await service.createSellers({
          name: "A",
          handle: "same-handle",
          email: "a@example.com",
        })
        await expect(
          service.createSellers({
            name: "B",
            handle: "same-handle",
            email: "b@example.com",
          })
        ).rejects.toThrow(/handle/i)

        expect(
          await service.listSellers({ handle: "same-handle" })
        ).toHaveLength(1)
      })

      it("frees a handle once its seller is soft-deleted", async () => {
        const first = await service.createSellers({
          name: "Old",
          handle: "reused",
          email: "old@example.com",
        })
        await service.softDeleteSellers(first.id)

        const second = await service.createSellers({
          name: "New",
          handle: "reused",
          email: "new@example.com",
        })
        const live = await service.listSellers({ handle: "reused" })
        expect(live.map((s) => s.id)).toEqual([second.id])
      })

      it("keeps members with their seller and one seller per e-mail", async () => {
        const seller = await service.createSellers({
          name: "Toko Buku",
          handle: "toko-buku",
          email: "buku@example.com",
        })
        await service.createSellerMembers({
          email: "owner@example.com",
          role: "owner",
          seller_id: seller.id,
        })
        await expect(
          service.createSellerMembers({
            email: "owner@example.com",
            seller_id: seller.id,
          })
        ).rejects.toThrow(/email/i)

        const [withMembers] = await service.listSellers(
          { id: seller.id },
          { relations: ["members"] }
        )
        expect(withMembers.members.map((m) => m.role)).toEqual(["owner"])
        expect(withMembers.members[0].id).toMatch(/^selmem_/)
      })

      it("rejects a status outside pending, active and suspended", async () => {
        await expect(
          service.createSellers({
            name: "Bad",
            handle: "bad-status",
            email: "bad@example.com",
            status: "closed" as never,
          })
        ).rejects.toThrow()
        expect(
          await service.listSellers({ handle: "bad-status" })
        ).toHaveLength(0)
      })
    })
  },
})
