import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, signUpSeller } from "../../helpers/actors"
import {
  createSellerShippingOption,
  sellerShippingSetup,
} from "../../helpers/shipping"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    /** The option as stored: provider, price type, data, rules, flat prices. */
    const storedOption = async (id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "shipping_option",
        fields: [
          "id",
          "name",
          "price_type",
          "provider_id",
          "data",
          "service_zone_id",
          "shipping_profile_id",
          "rules.attribute",
          "rules.operator",
          "rules.value",
          "prices.amount",
          "prices.currency_code",
        ],
        filters: { id },
      })
      return data[0] as any
    }

    const liveOptions = async () =>
      Number(
        (
          await dbConnection.raw(
            `select count(*) as c from shipping_option where deleted_at is null`
          )
        ).rows[0].c
      )

    describe("POST /vendor/shipping-options", () => {
      it("creates a flat option on the seller's zone with the seller's profile, manual provider, store rules and a price in whole rupiah", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const setup = await sellerShippingSetup(getContainer(), rina.seller.id)

        const res = await api.post(
          "/vendor/shipping-options",
          { name: "Reguler", rate_type: "flat", amount: 15000 },
          rina.headers
        )
        expect(res.status).toBe(201)
        expect(res.data.shipping_option).toEqual(
          expect.objectContaining({
            name: "Reguler",
            rate_type: "flat",
            currency_code: "idr",
            amount: 15000,
            base_amount: null,
            per_kg_amount: null,
            shipping_profile_id: setup.shipping_profile!.id,
            service_zone_id: setup.service_zones[0].id,
          })
        )

        const stored = await storedOption(res.data.shipping_option.id)
        expect(stored).toEqual(
          expect.objectContaining({
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: setup.service_zones[0].id,
            shipping_profile_id: setup.shipping_profile!.id,
          })
        )
        // Main units: 15000 rupiah is stored as 15000, never × 100.
        expect(
          stored.prices.map((p: any) => [p.currency_code, Number(p.amount)])
        ).toEqual([["idr", 15000]])
        // The plain strings "true" / "false" (not '"true"').
        expect(
          stored.rules
            .map((r: any) => [r.attribute, r.operator, r.value])
            .sort()
        ).toEqual([
          ["enabled_in_store", "eq", "true"],
          ["is_return", "eq", "false"],
        ])
      })

      it("creates a weight-based option priced by Belanjain's rate provider, the rate kept in the option's data", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const option = await createSellerShippingOption(api, rina.headers, {
          name: "Kargo",
          rate_type: "weight",
          base_amount: 10000,
          per_kg_amount: 4000,
        })
        expect(option).toEqual(
          expect.objectContaining({
            rate_type: "weight",
            currency_code: "idr",
            amount: null,
            base_amount: 10000,
            per_kg_amount: 4000,
            provider_id: "belanjain-rates_weight",
          })
        )
        const stored = await storedOption(option.id)
        expect(stored.price_type).toBe("calculated")
        expect(stored.data).toEqual({
          rate_type: "weight",
          currency_code: "idr",
          base_amount: 10000,
          per_kg_amount: 4000,
        })
        expect(stored.prices).toEqual([])
      })

      it("answers 400 naming the field for invalid bodies, and stores nothing", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const before = await liveOptions()
        const bad: [Record<string, unknown>, RegExp][] = [
          [{ rate_type: "flat", amount: 1000 }, /name/],
          [{ name: "Reguler", amount: 1000 }, /rate_type/],
          [{ name: "Reguler", rate_type: "kilat", amount: 1 }, /rate_type/],
          [{ name: "Reguler", rate_type: "flat" }, /amount is required/],
          [
            { name: "Kargo", rate_type: "weight", base_amount: 1000 },
            /per_kg_amount is required/,
          ],
          [
            { name: "Reguler", rate_type: "flat", amount: 1, base_amount: 2 },
            /base_amount is not used by a flat rate/,
          ],
          [
            {
              name: "Kargo",
              rate_type: "weight",
              amount: 1,
              base_amount: 1,
              per_kg_amount: 1,
            },
            /amount is not used by a weight rate/,
          ],
          [{ name: "Reguler", rate_type: "flat", amount: -1 }, /amount/],
          [{ name: "Reguler", rate_type: "flat", amount: "15000" }, /amount/],
          [
            { name: "Reguler", rate_type: "flat", amount: 15000.5 },
            /amount: IDR amounts are whole rupiah/,
          ],
          [
            {
              name: "Reguler",
              rate_type: "flat",
              amount: 1,
              currency_code: "eur",
            },
            /currency_code/,
          ],
          [
            {
              name: "Reguler",
              rate_type: "flat",
              amount: 1,
              service_zone_id: "serzo_x",
            },
            /service_zone_id/,
          ],
          [
            {
              name: "Reguler",
              rate_type: "flat",
              amount: 1,
              shipping_profile_id: "sp_x",
            },
            /shipping_profile_id/,
          ],
          [
            {
              name: "Reguler",
              rate_type: "flat",
              amount: 1,
              provider_id: "manual_manual",
            },
            /provider_id/,
          ],
        ]
        for (const [body, field] of bad) {
          const res = await call(
            api.post("/vendor/shipping-options", body, rina.headers)
          )
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(field)
        }
        expect(await liveOptions()).toBe(before)
      })

      it("refuses a second option with the same name for the same seller", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const andi = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const body = {
          name: "Reguler",
          rate_type: "flat",
          amount: 15000,
        } as const
        await createSellerShippingOption(api, rina.headers, body)
        const again = await call(
          api.post("/vendor/shipping-options", body, rina.headers)
        )
        expect(again.status).toBe(422)
        expect(again.data.message).toMatch(/name: .*"Reguler"/)
        // Another seller may use the name.
        await createSellerShippingOption(api, andi.headers, body)
        expect(await liveOptions()).toBe(2)
      })
    })

    describe("GET /vendor/shipping-options", () => {
      it("lists only the caller's options, paginated", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const andi = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const names = ["Reguler", "Hemat", "Kilat"]
        for (const [i, name] of names.entries()) {
          await createSellerShippingOption(api, rina.headers, {
            name,
            rate_type: "flat",
            amount: 10000 + i * 1000,
          })
        }
        await createSellerShippingOption(api, rina.headers, {
          name: "Kargo",
          rate_type: "weight",
          base_amount: 9000,
          per_kg_amount: 3000,
        })
        const andiOption = await createSellerShippingOption(api, andi.headers, {
          name: "Reguler Andi",
          rate_type: "flat",
          amount: 12000,
        })

        const first = await api.get(
          "/vendor/shipping-options?limit=2&order=name",
          rina.headers
        )
        expect(first.status).toBe(200)
        expect(first.data).toEqual(
          expect.objectContaining({ count: 4, offset: 0, limit: 2 })
        )
        expect(first.data.shipping_options.map((o: any) => o.name)).toEqual([
          "Hemat",
          "Kargo",
        ])
        const second = await api.get(
          "/vendor/shipping-options?limit=2&offset=2&order=name",
          rina.headers
        )
        expect(second.data.shipping_options.map((o: any) => o.name)).toEqual([
          "Kilat",
          "Reguler",
        ])
        expect(
          second.data.shipping_options.find((o: any) => o.name === "Reguler")
            .amount
        ).toBe(10000)
        expect(JSON.stringify([first.data, second.data])).not.toContain(
          andiOption.id
        )

        const bad = await call(
          api.get("/vendor/shipping-options?limit=0", rina.headers)
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/limit/)
      })
    })

    describe("POST /vendor/shipping-options/:id", () => {
      it("renames and re-prices a flat option (same currency, replaced price)", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const option = await createSellerShippingOption(api, rina.headers, {
          name: "Reguler",
          rate_type: "flat",
          amount: 15000,
        })
        const res = await api.post(
          `/vendor/shipping-options/${option.id}`,
          { name: "Reguler Hemat", amount: 12000 },
          rina.headers
        )
        expect(res.status).toBe(200)
        expect(res.data.shipping_option).toEqual(
          expect.objectContaining({ name: "Reguler Hemat", amount: 12000 })
        )
        const stored = await storedOption(option.id)
        expect(stored.name).toBe("Reguler Hemat")
        expect(
          stored.prices.map((p: any) => [p.currency_code, Number(p.amount)])
        ).toEqual([["idr", 12000]])

        // A rename alone keeps the price.
        await api.post(
          `/vendor/shipping-options/${option.id}`,
          { name: "Reguler" },
          rina.headers
        )
        const renamed = await storedOption(option.id)
        expect(renamed.name).toBe("Reguler")
        expect(renamed.prices.map((p: any) => Number(p.amount))).toEqual([
          12000,
        ])
      })

      it("re-prices a weight-based option and keeps the rest of its rate", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const option = await createSellerShippingOption(api, rina.headers, {
          name: "Kargo",
          rate_type: "weight",
          base_amount: 10000,
          per_kg_amount: 4000,
        })
        const res = await api.post(
          `/vendor/shipping-options/${option.id}`,
          { per_kg_amount: 5000 },
          rina.headers
        )
        expect(res.status).toBe(200)
        expect(res.data.shipping_option).toEqual(
          expect.objectContaining({ base_amount: 10000, per_kg_amount: 5000 })
        )
        const renamed = await api.post(
          `/vendor/shipping-options/${option.id}`,
          { name: "Kargo Hemat" },
          rina.headers
        )
        expect(renamed.status).toBe(200)
        expect((await storedOption(option.id)).data).toEqual({
          rate_type: "weight",
          currency_code: "idr",
          base_amount: 10000,
          per_kg_amount: 5000,
        })
      })

      it("answers 400 naming the field for amounts of the other rate type, cents, unknown or empty bodies", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const flat = await createSellerShippingOption(api, rina.headers, {
          name: "Reguler",
          rate_type: "flat",
          amount: 15000,
        })
        const weight = await createSellerShippingOption(api, rina.headers, {
          name: "Kargo",
          rate_type: "weight",
          base_amount: 10000,
          per_kg_amount: 4000,
        })
        const bad: [string, Record<string, unknown>, RegExp][] = [
          [
            flat.id,
            { base_amount: 1000 },
            /base_amount: not used by a flat rate/,
          ],
          [weight.id, { amount: 1000 }, /amount: not used by a weight rate/],
          [flat.id, { amount: 999.5 }, /amount: IDR amounts are whole rupiah/],
          [flat.id, { rate_type: "weight" }, /rate_type/],
          [flat.id, { currency_code: "usd" }, /currency_code/],
          [flat.id, {}, /at least one of name/],
        ]
        for (const [id, body, message] of bad) {
          const res = await call(
            api.post(`/vendor/shipping-options/${id}`, body, rina.headers)
          )
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        expect(Number((await storedOption(flat.id)).prices[0].amount)).toBe(
          15000
        )
        expect((await storedOption(weight.id)).data.base_amount).toBe(10000)
      })
    })

    describe("DELETE /vendor/shipping-options/:id and foreign ids", () => {
      it("deletes the caller's option; another seller's id answers 404 on read, update and delete and changes nothing", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const andi = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const rinas = await createSellerShippingOption(api, rina.headers, {
          name: "Reguler",
          rate_type: "flat",
          amount: 15000,
        })

        const read = await call(
          api.get(`/vendor/shipping-options/${rinas.id}`, andi.headers)
        )
        const update = await call(
          api.post(
            `/vendor/shipping-options/${rinas.id}`,
            { amount: 1 },
            andi.headers
          )
        )
        const remove = await call(
          api.delete(`/vendor/shipping-options/${rinas.id}`, andi.headers)
        )
        const unknown = await call(
          api.get(`/vendor/shipping-options/so_does_not_exist`, andi.headers)
        )
        expect([
          read.status,
          update.status,
          remove.status,
          unknown.status,
        ]).toEqual([404, 404, 404, 404])
        const untouched = await storedOption(rinas.id)
        expect(Number(untouched.prices[0].amount)).toBe(15000)

        const own = await api.get(
          `/vendor/shipping-options/${rinas.id}`,
          rina.headers
        )
        expect(own.data.shipping_option.amount).toBe(15000)

        const deleted = await api.delete(
          `/vendor/shipping-options/${rinas.id}`,
          rina.headers
        )
        expect(deleted.data).toEqual({
          id: rinas.id,
          object: "shipping_option",
          deleted: true,
        })
        expect(await liveOptions()).toBe(0)
        const gone = await call(
          api.get(`/vendor/shipping-options/${rinas.id}`, rina.headers)
        )
        expect(gone.status).toBe(404)
        const listed = await api.get("/vendor/shipping-options", rina.headers)
        expect(listed.data.count).toBe(0)
      })
    })
  },
})
