import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ReviewModules } from "../../../types"
import ProductRating from "../models/product-rating"
import Review from "../models/review"
import ReviewModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<ReviewModuleService>({
  moduleName: ReviewModules.REVIEW,
  moduleModels: [Review, ProductRating],
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("review module", () => {
      it("creates reviews with a rev_ id, visible by default", async () => {
        const review = await service.createReviews({
          product_id: "prod_1",
          customer_id: "cus_1",
          rating: 4,
        })
        expect(review.id).toMatch(/^rev_/)
        expect(review.status).toBe("visible")
      })

      it("keeps one live review per customer and product", async () => {
        await service.createReviews({
          product_id: "prod_1",
          customer_id: "cus_1",
          rating: 4,
        })
        await expect(
          service.createReviews({
            product_id: "prod_1",
            customer_id: "cus_1",
            rating: 2,
          })
        ).rejects.toThrow()
        expect(
          await service.listReviews({ product_id: "prod_1" })
        ).toHaveLength(1)

        // another product, another customer: fine
        await service.createReviews([
          { product_id: "prod_2", customer_id: "cus_1", rating: 2 },
          { product_id: "prod_1", customer_id: "cus_2", rating: 2 },
        ])
        expect(await service.listReviews({})).toHaveLength(3)
      })

      it("summarizes visible, live reviews per product in one query", async () => {
        const [, , hidden, deleted] = await service.createReviews([
          { product_id: "prod_1", customer_id: "cus_1", rating: 5 },
          { product_id: "prod_1", customer_id: "cus_2", rating: 4 },
          { product_id: "prod_1", customer_id: "cus_3", rating: 1 },
          { product_id: "prod_1", customer_id: "cus_4", rating: 1 },
          { product_id: "prod_2", customer_id: "cus_1", rating: 3 },
        ])
        await service.updateReviews({ id: hidden.id, status: "hidden" })
        await service.softDeleteReviews(deleted.id)

        const summary = await service.summarizeProductRatings([
          "prod_1",
          "prod_2",
          "prod_none",
        ])
        expect(summary).toEqual({
          prod_1: { count: 2, sum: 9, average: 4.5 },
          prod_2: { count: 1, sum: 3, average: 3 },
          prod_none: { count: 0, sum: 0, average: null },
        })
        expect(await service.summarizeProductRatings([])).toEqual({})
      })

      it("keeps one rating row per product", async () => {
        await service.createProductRatings({
          product_id: "prod_1",
          count: 1,
          sum: 5,
          average: 5,
        })
        await expect(
          service.createProductRatings({ product_id: "prod_1" })
        ).rejects.toThrow()
        const [row] = await service.listProductRatings({ product_id: "prod_1" })
        expect(row.id).toMatch(/^prat_/)
        expect(row.average).toBe(5)
      })
    })
  },
})
