import { medusaIntegrationTestRunner } from "../../helpers/runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createReviewWorkflow,
  updateReviewStatusWorkflow,
} from "@belanjain/reviews/workflows"
import { call, type Shopper, signUpCustomer } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import {
  placeOrder,
  type PlacedGroup,
  shopperAction,
  vendorAction,
} from "../../helpers/orders"

jest.setTimeout(600_000)

type Row = Record<string, any>

/**
 * Verified-purchase reviews (R-MKT-10): a shopper reviews a product only from
 * a delivered order that contains it, once; the product's rating follows
 * every create, edit, hide and show; the author alone edits; operators
 * moderate; the product's seller replies.
 *
 * Medusa's runner restores the database to its state after `beforeAll`
 * before every test, so each test starts from the same orders: siti's batik
 * order delivered; budi's batik order delivered and his sepatu order only
 * shipped; ani's batik order still pending.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let siti: Shopper
    let budi: Shopper
    let ani: Shopper
    let sitiGroup: PlacedGroup
    let budiGroup: PlacedGroup
    let aniGroup: PlacedGroup
    let batikProduct: string
    let sepatuProduct: string

    const container = () => getContainer() as MedusaContainer
    const batik = () => market.sellers[0]
    const sepatu = () => market.sellers[1]

    async function productOfVariant(variantId: string) {
      const { data } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_variant",
          fields: ["product_id"],
          filters: { id: variantId },
        })
      return (data[0] as Row).product_id as string
    }

    async function reviewRows(filters: Row = {}) {
      const { data } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "review",
          fields: [
            "id",
            "product_id",
            "customer_id",
            "order_id",
            "rating",
            "title",
            "text",
            "status",
            "hidden_by",
            "reply",
            "replied_at",
            "replied_by",
          ],
          filters,
        })
      return data as Row[]
    }

    async function ratingRow(productId: string) {
      const { data } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_rating",
          fields: ["product_id", "count", "sum", "average"],
          filters: { product_id: productId },
        })
      return (data[0] as Row | undefined) ?? null
    }

    /** Accept → ship → the shopper confirms receipt: the fulfillment is delivered. */
    async function deliver(
      shopper: Shopper,
      group: PlacedGroup,
      seller: Market["sellers"][number]
    ) {
      const orderId = group.orderOf(seller).id
      expect((await vendorAction(api, seller, orderId, "accept")).status).toBe(
        200
      )
      expect(
        (
          await vendorAction(api, seller, orderId, "ship", {
            tracking_number: `JNE-${orderId.slice(-6)}`,
          })
        ).status
      ).toBe(200)
      expect(
        (
          await shopperAction(
            api,
            { headers: shopper.headers.headers },
            group,
            orderId,
            "confirm-receipt"
          )
        ).status
      ).toBe(200)
    }

    const review = (shopper: Shopper, productId: string, body: Row) =>
      call(
        api.post(`/store/products/${productId}/reviews`, body, shopper.headers)
      )

    beforeAll(async () => {
      market = await createMarket(container(), api, [
        {
          handle: "batik",
          variants: [{ sku: "BTK-R", price: 150_000, stock: 50 }],
        },
        {
          handle: "sepatu",
          variants: [{ sku: "SPT-R", price: 450_000, stock: 50 }],
        },
      ])
      batikProduct = await productOfVariant(batik().variants[0].id)
      sepatuProduct = await productOfVariant(sepatu().variants[0].id)
      siti = await signUpCustomer(api, market.publishable_key, "siti@rev.id")
      budi = await signUpCustomer(api, market.publishable_key, "budi@rev.id")
      ani = await signUpCustomer(api, market.publishable_key, "ani@rev.id")

      const line = (seller: Market["sellers"][number]) => ({
        variant_id: seller.variants[0].id,
        quantity: 1,
      })
      sitiGroup = await placeOrder(api, container(), market, [line(batik())], {
        token: siti.token,
        email: "siti@rev.id",
      })
      budiGroup = await placeOrder(
        api,
        container(),
        market,
        [line(batik()), line(sepatu())],
        { token: budi.token, email: "budi@rev.id" }
      )
      aniGroup = await placeOrder(api, container(), market, [line(batik())], {
        token: ani.token,
        email: "ani@rev.id",
      })
      await deliver(siti, sitiGroup, batik())
      await deliver(budi, budiGroup, batik())
      const sepatuOrder = budiGroup.orderOf(sepatu()).id
      expect(
        (await vendorAction(api, sepatu(), sepatuOrder, "accept")).status
      ).toBe(200)
      expect(
        (
          await vendorAction(api, sepatu(), sepatuOrder, "ship", {
            tracking_number: "JNE-SPT",
          })
        ).status
      ).toBe(200)
    })

    async function customerId(shopper: Shopper) {
      const me = await call(api.get("/store/customers/me", shopper.headers))
      return me.data.customer.id as string
    }

    /** siti rates batik 5, budi 3: the two reviews most tests start from. */
    async function twoReviews() {
      const first = await review(siti, batikProduct, {
        rating: 5,
        title: "Batiknya halus",
        text: "Warna sesuai foto, jahitan rapi.",
      })
      expect(first.status).toBe(200)
      const second = await review(budi, batikProduct, { rating: 3 })
      expect(second.status).toBe(200)
      return { siti: first.data.review.id, budi: second.data.review.id }
    }

    const store = () => ({ headers: market.store.headers })

    it("refuses a review before delivery (pending, shipped) and for a product not in the delivered order; accepts it once delivered", async () => {
      // ani's order is pending
      const pending = await review(ani, batikProduct, { rating: 5 })
      expect(pending.status).toBe(403)
      expect(pending.data.message).toMatch(/delivered/)
      // budi's sepatu order is shipped, not delivered
      expect((await review(budi, sepatuProduct, { rating: 4 })).status).toBe(
        403
      )
      // siti's delivered order holds batik only
      const other = await review(siti, sepatuProduct, { rating: 4 })
      expect(other.status).toBe(403)
      expect(other.data.message).toContain(sepatuProduct)

      expect(await reviewRows()).toHaveLength(0)
      expect(await ratingRow(batikProduct)).toBeNull()
      expect(await ratingRow(sepatuProduct)).toBeNull()

      await deliver(ani, aniGroup, batik())
      const accepted = await review(ani, batikProduct, { rating: 4 })
      expect(accepted.status).toBe(200)
      const [row] = await reviewRows()
      expect(row).toMatchObject({
        id: accepted.data.review.id,
        customer_id: await customerId(ani),
        order_id: aniGroup.orderOf(batik()).id,
        rating: 4,
      })
    })

    it("accepts a review after delivery, once: a second one answers 409 with the review to edit", async () => {
      const res = await review(siti, batikProduct, {
        rating: 5,
        title: "  Batiknya halus  ",
        text: "Warna sesuai foto, jahitan rapi.",
      })
      expect(res.status).toBe(200)
      expect(res.data.review).toMatchObject({
        product_id: batikProduct,
        rating: 5,
        title: "Batiknya halus",
        status: "visible",
      })
      const id = res.data.review.id
      expect(id).toMatch(/^rev_/)

      const [row] = await reviewRows({ id })
      expect(row).toMatchObject({
        customer_id: await customerId(siti),
        order_id: sitiGroup.orderOf(batik()).id,
        rating: 5,
        status: "visible",
        reply: null,
      })
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 1,
        sum: 5,
        average: 5,
      })

      const again = await review(siti, batikProduct, { rating: 1 })
      expect(again.status).toBe(409)
      expect(again.data.review_id).toBe(id)
      expect(again.data.message).toMatch(/edit it/)
      expect(await reviewRows({ product_id: batikProduct })).toHaveLength(1)
      expect((await reviewRows({ id }))[0].rating).toBe(5)
      expect(await ratingRow(batikProduct)).toMatchObject({ count: 1, sum: 5 })
    })

    it("a double submit writes one review: the other answers 409", async () => {
      const answers = await Promise.all([
        review(budi, batikProduct, { rating: 4 }),
        review(budi, batikProduct, { rating: 2 }),
      ])
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
      const rows = await reviewRows({ product_id: batikProduct })
      expect(rows).toHaveLength(1)
      const winner = answers.find((a) => a.status === 200)!
      expect(rows[0].rating).toBe(winner.data.review.rating)
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 1,
        sum: winner.data.review.rating,
      })
    })

    it("refuses a bad rating with 400 naming `rating`, a missing login with 401 and an unknown product with 404, writing nothing", async () => {
      for (const rating of [0, 6, "x", 4.5, null]) {
        const res = await review(siti, batikProduct, { rating, title: "T" })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("rating")
      }
      const missing = await review(siti, batikProduct, { title: "no stars" })
      expect(missing.status).toBe(400)
      expect(missing.data.message).toContain("rating")
      const extra = await review(siti, batikProduct, { rating: 5, stars: 5 })
      expect(extra.status).toBe(400)
      expect(extra.data.message).toContain("stars")
      const long = await review(siti, batikProduct, {
        rating: 5,
        title: "x".repeat(201),
      })
      expect(long.status).toBe(400)
      expect(long.data.message).toContain("title")

      const anonymous = await call(
        api.post(
          `/store/products/${batikProduct}/reviews`,
          { rating: 5 },
          store()
        )
      )
      expect(anonymous.status).toBe(401)
      expect((await review(siti, "prod_unknown", { rating: 5 })).status).toBe(
        404
      )

      expect(await reviewRows()).toHaveLength(0)
      expect(await ratingRow(batikProduct)).toBeNull()
    })

    it("rolls the review and the rating back when the workflow fails after the rating step", async () => {
      const ids = await twoReviews()
      const before = await ratingRow(batikProduct)
      const workflow = createReviewWorkflow(container())
      workflow.insertActionAfter(
        "review-refresh-product-ratings-step",
        "throw",
        {
          invoke: async () => {
            throw new Error("crash after the rating")
          },
        }
      )
      const { errors } = await workflow.run({
        input: {
          product_id: batikProduct,
          customer_id: await customerId(ani),
          rating: 1,
        },
        throwOnError: false,
      })
      // ani's order is not delivered: refused before anything is written
      expect(errors.map((e: Row) => e.error?.message).join()).toMatch(
        /delivered/
      )

      await deliver(ani, aniGroup, batik())
      const crashed = await workflow.run({
        input: {
          product_id: batikProduct,
          customer_id: await customerId(ani),
          rating: 1,
        },
        throwOnError: false,
      })
      expect(crashed.errors.map((e: Row) => e.error?.message)).toContain(
        "crash after the rating"
      )
      expect((await reviewRows()).map((r) => r.id).sort()).toEqual(
        [ids.siti, ids.budi].sort()
      )
      expect(await ratingRow(batikProduct)).toEqual(before)

      // the lock was released: the shopper can review now
      expect((await review(ani, batikProduct, { rating: 1 })).status).toBe(200)
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 3,
        sum: 9,
        average: 3,
      })
    })

    it("rolls a hide back (status and rating) when the workflow fails after the rating step", async () => {
      const ids = await twoReviews()
      const before = await ratingRow(batikProduct)
      const workflow = updateReviewStatusWorkflow(container())
      workflow.insertActionAfter(
        "review-refresh-product-ratings-step",
        "throw",
        {
          invoke: async () => {
            throw new Error("crash after the rating")
          },
        }
      )
      const { errors } = await workflow.run({
        input: { id: ids.budi, status: "hidden" },
        throwOnError: false,
      })
      expect(errors.map((e: Row) => e.error?.message)).toContain(
        "crash after the rating"
      )
      expect((await reviewRows({ id: ids.budi }))[0]).toMatchObject({
        status: "visible",
        hidden_by: null,
      })
      expect(await ratingRow(batikProduct)).toEqual(before)
      // and the product's lock is free again
      const hidden = await call(
        api.post(`/admin/reviews/${ids.budi}/hide`, {}, market.admin)
      )
      expect(hidden.status).toBe(200)
    })

    it("averages two shoppers (5 and 3 → 4, count 2) on the store product routes, also when they post at once", async () => {
      const [first, second] = await Promise.all([
        review(siti, batikProduct, { rating: 5 }),
        review(budi, batikProduct, { rating: 3 }),
      ])
      expect([first.status, second.status]).toEqual([200, 200])
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 2,
        sum: 8,
        average: 4,
      })

      const list = await call(
        api.get(`/store/products?fields=id,title,+rating.*`, store())
      )
      expect(list.status).toBe(200)
      const byId = new Map<string, Row>(
        list.data.products.map((p: Row) => [p.id, p])
      )
      expect(byId.get(batikProduct)!.rating).toEqual({
        product_id: batikProduct,
        average: 4,
        count: 2,
      })
      // never reviewed: no rating yet
      expect(byId.get(sepatuProduct)!.rating ?? null).toBeNull()

      const one = await call(
        api.get(`/store/products/${batikProduct}?fields=*rating`, store())
      )
      expect(one.status).toBe(200)
      expect(one.data.product.rating).toMatchObject({ average: 4, count: 2 })
      const plain = await call(
        api.get(`/store/products/${batikProduct}?fields=+rating`, store())
      )
      expect(plain.data.product.rating).toMatchObject({ average: 4, count: 2 })
      expect(plain.data.product.title).toBe("Produk batik")
      // with the marketplace's seller on the same request
      const both = await call(
        api.get(
          `/store/products/${batikProduct}?fields=*seller,+rating.*`,
          store()
        )
      )
      expect(both.status).toBe(200)
      expect(both.data.product.seller).toMatchObject({ handle: "batik" })
      expect(both.data.product.rating).toMatchObject({ average: 4, count: 2 })
      // only the public fields
      const sneaky = await call(
        api.get(`/store/products/${batikProduct}?fields=+rating.sum`, store())
      )
      expect(sneaky.data.product.rating?.sum).toBeUndefined()
    })

    it("recomputes the rating when the author edits; another shopper cannot edit it (404, row unchanged)", async () => {
      const ids = await twoReviews()
      const edited = await call(
        api.patch(
          `/store/reviews/${ids.siti}`,
          { rating: 2, text: "Luntur setelah dicuci." },
          siti.headers
        )
      )
      expect(edited.status).toBe(200)
      expect(edited.data.review).toMatchObject({
        rating: 2,
        title: "Batiknya halus",
        text: "Luntur setelah dicuci.",
      })
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 2,
        sum: 5,
        average: 2.5,
      })
      // POST works too (Medusa's own update routes are POST)
      const posted = await call(
        api.post(`/store/reviews/${ids.siti}`, { rating: 4 }, siti.headers)
      )
      expect(posted.status).toBe(200)
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 2,
        sum: 7,
        average: 3.5,
      })

      const before = (await reviewRows({ id: ids.siti }))[0]
      const foreign = await call(
        api.patch(`/store/reviews/${ids.siti}`, { rating: 5 }, budi.headers)
      )
      expect(foreign.status).toBe(404)
      const unknown = await call(
        api.patch(`/store/reviews/rev_unknown`, { rating: 5 }, siti.headers)
      )
      expect(unknown.status).toBe(404)
      for (const body of [{ rating: 0 }, { rating: 6 }, { rating: "x" }]) {
        const bad = await call(
          api.patch(`/store/reviews/${ids.siti}`, body, siti.headers)
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("rating")
      }
      const empty = await call(
        api.patch(`/store/reviews/${ids.siti}`, {}, siti.headers)
      )
      expect(empty.status).toBe(400)
      expect((await reviewRows({ id: ids.siti }))[0]).toEqual(before)
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 2,
        average: 3.5,
      })

      const mine = await call(api.get("/store/reviews/me", siti.headers))
      expect(mine.status).toBe(200)
      expect(mine.data.reviews.map((r: Row) => r.id)).toEqual([ids.siti])
      expect(mine.data.reviews[0].product.title).toBe("Produk batik")
    })

    it("lists a product's visible reviews, newest first, paginated with a capped limit", async () => {
      const ids = await twoReviews()
      const res = await call(
        api.get(`/store/products/${batikProduct}/reviews`, store())
      )
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ count: 2, offset: 0, limit: 10 })
      expect(res.data.rating).toEqual({ average: 4, count: 2 })
      expect(res.data.reviews.map((r: Row) => r.id)).toEqual([
        ids.budi,
        ids.siti,
      ])
      const [first] = res.data.reviews
      expect(first.customer).toEqual({ first_name: "Budi" })
      expect(first).not.toHaveProperty("customer_id")
      expect(first).not.toHaveProperty("order_id")
      expect(first).not.toHaveProperty("hidden_by")

      const page = await call(
        api.get(
          `/store/products/${batikProduct}/reviews?limit=1&offset=1`,
          store()
        )
      )
      expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
      expect(page.data.reviews.map((r: Row) => r.id)).toEqual([ids.siti])

      const capped = await call(
        api.get(`/store/products/${batikProduct}/reviews?limit=500`, store())
      )
      expect(capped.status).toBe(200)
      expect(capped.data.limit).toBe(50)

      const bad = await call(
        api.get(`/store/products/${batikProduct}/reviews?limit=x`, store())
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("limit")

      const none = await call(
        api.get(`/store/products/${sepatuProduct}/reviews`, store())
      )
      expect(none.data).toMatchObject({
        count: 0,
        reviews: [],
        rating: { average: null, count: 0 },
      })
      const unknown = await call(
        api.get(`/store/products/prod_unknown/reviews`, store())
      )
      expect(unknown.status).toBe(404)
    })

    it("operators hide and show a review: a hidden review leaves the store list and the rating", async () => {
      const ids = await twoReviews()
      const hidden = await call(
        api.post(`/admin/reviews/${ids.budi}/hide`, {}, market.admin)
      )
      expect(hidden.status).toBe(200)
      expect(hidden.data.review.status).toBe("hidden")
      const [row] = await reviewRows({ id: ids.budi })
      expect(row.status).toBe("hidden")
      expect(row.hidden_by).toMatch(/^user_/)
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 1,
        sum: 5,
        average: 5,
      })

      const list = await call(
        api.get(`/store/products/${batikProduct}/reviews`, store())
      )
      expect(list.data.reviews.map((r: Row) => r.id)).toEqual([ids.siti])
      expect(list.data.count).toBe(1)
      const product = await call(
        api.get(`/store/products/${batikProduct}?fields=+rating.*`, store())
      )
      expect(product.data.product.rating).toMatchObject({
        average: 5,
        count: 1,
      })

      const again = await call(
        api.post(`/admin/reviews/${ids.budi}/hide`, {}, market.admin)
      )
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/from hidden to hidden/)

      const adminList = await call(
        api.get(`/admin/reviews?status=hidden`, market.admin)
      )
      expect(adminList.status).toBe(200)
      expect(adminList.data.reviews.map((r: Row) => r.id)).toEqual([ids.budi])
      expect(adminList.data.reviews[0].customer.email).toBe("budi@rev.id")
      const byProduct = await call(
        api.get(`/admin/reviews?product_id=${batikProduct}`, market.admin)
      )
      expect(byProduct.data.count).toBe(2)
      const byRating = await call(
        api.get(`/admin/reviews?rating=5`, market.admin)
      )
      expect(byRating.data.reviews.map((r: Row) => r.id)).toEqual([ids.siti])
      const badFilter = await call(
        api.get(`/admin/reviews?status=deleted`, market.admin)
      )
      expect(badFilter.status).toBe(400)
      expect(badFilter.data.message).toContain("status")

      // the author still sees it, with its status
      const mine = await call(api.get("/store/reviews/me", budi.headers))
      expect(mine.data.reviews[0]).toMatchObject({
        id: ids.budi,
        status: "hidden",
      })

      const shown = await call(
        api.post(`/admin/reviews/${ids.budi}/show`, {}, market.admin)
      )
      expect(shown.status).toBe(200)
      expect((await reviewRows({ id: ids.budi }))[0]).toMatchObject({
        status: "visible",
        hidden_by: null,
      })
      expect(await ratingRow(batikProduct)).toMatchObject({
        count: 2,
        sum: 8,
        average: 4,
      })
      const showAgain = await call(
        api.post(`/admin/reviews/${ids.budi}/show`, {}, market.admin)
      )
      expect(showAgain.status).toBe(409)

      expect(
        (
          await call(
            api.post(`/admin/reviews/rev_unknown/hide`, {}, market.admin)
          )
        ).status
      ).toBe(404)
      expect(
        (
          await call(
            api.post(`/admin/reviews/${ids.budi}/hide`, {}, siti.headers)
          )
        ).status
      ).toBe(401)
      expect((await reviewRows({ id: ids.budi }))[0].status).toBe("visible")
    })

    it("the product's seller replies; another seller gets 404, a suspended one 403, and the row is unchanged", async () => {
      const ids = await twoReviews()
      const foreign = await call(
        api.post(
          `/vendor/reviews/${ids.budi}/reply`,
          { reply: "Bukan toko kami" },
          sepatu().headers
        )
      )
      expect(foreign.status).toBe(404)
      expect((await reviewRows({ id: ids.budi }))[0].reply).toBeNull()

      const empty = await call(
        api.post(
          `/vendor/reviews/${ids.budi}/reply`,
          { reply: "  " },
          batik().headers
        )
      )
      expect(empty.status).toBe(400)
      expect(empty.data.message).toContain("reply")

      const res = await call(
        api.post(
          `/vendor/reviews/${ids.budi}/reply`,
          { reply: "Terima kasih, Kak!" },
          batik().headers
        )
      )
      expect(res.status).toBe(200)
      expect(res.data.review.reply).toBe("Terima kasih, Kak!")
      const [row] = await reviewRows({ id: ids.budi })
      expect(row.reply).toBe("Terima kasih, Kak!")
      expect(row.replied_at).toBeTruthy()
      expect(row.replied_by).toMatch(/^selmem_/)
      // a reply does not touch the rating
      expect(await ratingRow(batikProduct)).toMatchObject({ count: 2, sum: 8 })

      // the reply shows in the store
      const list = await call(
        api.get(`/store/products/${batikProduct}/reviews`, store())
      )
      expect(list.data.reviews.find((r: Row) => r.id === ids.budi).reply).toBe(
        "Terima kasih, Kak!"
      )

      const mine = await call(api.get("/vendor/reviews", batik().headers))
      expect(mine.status).toBe(200)
      expect(mine.data.count).toBe(2)
      const unanswered = await call(
        api.get("/vendor/reviews?unanswered=true", batik().headers)
      )
      expect(unanswered.data.reviews.map((r: Row) => r.id)).toEqual([ids.siti])
      const theirs = await call(api.get("/vendor/reviews", sepatu().headers))
      expect(theirs.data).toMatchObject({ count: 0, reviews: [] })
      const peek = await call(
        api.get(`/vendor/reviews?product_id=${batikProduct}`, sepatu().headers)
      )
      expect(peek.data.count).toBe(0)

      // a suspended store no longer answers in public
      const suspended = await call(
        api.post(`/admin/sellers/${batik().id}/suspend`, {}, market.admin)
      )
      expect(suspended.status).toBe(200)
      const refused = await call(
        api.post(
          `/vendor/reviews/${ids.siti}/reply`,
          { reply: "Masih buka!" },
          batik().headers
        )
      )
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("suspended store cannot reply")
      expect((await reviewRows({ id: ids.siti }))[0].reply).toBeNull()

      expect(
        (await call(api.get("/vendor/reviews", siti.headers))).status
      ).toBe(401)
      expect(
        (
          await call(
            api.post(
              `/vendor/reviews/${ids.budi}/reply`,
              { reply: "x" },
              siti.headers
            )
          )
        ).status
      ).toBe(401)
    })
  },
})
