import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import {
  isBackwards,
  isCapturedState,
  mapMidtransStatus,
  statusRank,
} from "../status"

const s = (transaction_status: string, fraud_status?: string) => ({
  transaction_status,
  fraud_status,
})

describe("mapMidtransStatus", () => {
  it.each([
    [s("settlement"), "captured", PaymentActions.SUCCESSFUL],
    [s("settlement", "accept"), "captured", PaymentActions.SUCCESSFUL],
    [s("capture", "accept"), "captured", PaymentActions.SUCCESSFUL],
    [s("capture"), "captured", PaymentActions.SUCCESSFUL],
    [s("capture", "challenge"), "requires_more", PaymentActions.REQUIRES_MORE],
    [s("capture", "deny"), "error", PaymentActions.FAILED],
    [s("authorize", "accept"), "authorized", PaymentActions.AUTHORIZED],
    [s("pending"), "pending_authorization", PaymentActions.PENDING],
    [s("deny"), "error", PaymentActions.FAILED],
    [s("failure"), "error", PaymentActions.FAILED],
    [s("cancel"), "canceled", PaymentActions.CANCELED],
    [s("expire"), "canceled", PaymentActions.CANCELED],
    [s("refund"), "captured", PaymentActions.NOT_SUPPORTED],
    [s("partial_refund"), "captured", PaymentActions.NOT_SUPPORTED],
    [null, "pending", PaymentActions.PENDING],
    [{}, "pending", PaymentActions.PENDING],
    [s("something_new"), "pending", PaymentActions.NOT_SUPPORTED],
  ])("%j → %s / %s", (state, status, action) => {
    expect(mapMidtransStatus(state)).toEqual({ status, action })
  })

  it("uses Medusa's enum values", () => {
    expect(mapMidtransStatus(s("settlement")).status).toBe(
      PaymentSessionStatus.CAPTURED
    )
    expect(mapMidtransStatus(s("pending")).status).toBe(
      PaymentSessionStatus.PENDING_AUTHORIZATION
    )
  })
})

describe("never backwards", () => {
  it("ranks nothing < pending < authorize/challenge < final", () => {
    expect(statusRank(null)).toBe(0)
    expect(statusRank(s("pending"))).toBe(1)
    expect(statusRank(s("authorize"))).toBe(2)
    expect(statusRank(s("capture", "challenge"))).toBe(2)
    expect(statusRank(s("settlement"))).toBe(3)
    expect(statusRank(s("expire"))).toBe(3)
  })

  it("does not let pending, authorize, challenge or nothing replace a capture", () => {
    for (const captured of [
      s("settlement"),
      s("capture", "accept"),
      s("refund"),
      s("partial_refund"),
    ]) {
      expect(isBackwards(captured, s("pending"))).toBe(true)
      expect(isBackwards(captured, s("authorize"))).toBe(true)
      expect(isBackwards(captured, s("capture", "challenge"))).toBe(true)
      expect(isBackwards(captured, null)).toBe(true)
    }
  })

  it("lets a transaction move forwards and between final states", () => {
    expect(isBackwards(null, s("pending"))).toBe(false)
    expect(isBackwards(s("pending"), s("settlement"))).toBe(false)
    expect(isBackwards(s("pending"), s("expire"))).toBe(false)
    expect(isBackwards(s("authorize"), s("capture", "accept"))).toBe(false)
    expect(isBackwards(s("capture", "challenge"), s("deny"))).toBe(false)
    expect(isBackwards(s("settlement"), s("partial_refund"))).toBe(false)
    expect(isBackwards(s("partial_refund"), s("refund"))).toBe(false)
    expect(isBackwards(s("settlement"), s("settlement"))).toBe(false)
    expect(isBackwards(undefined, null)).toBe(false)
  })

  it("does not let a late pending replace an expiry", () => {
    expect(isBackwards(s("expire"), s("pending"))).toBe(true)
  })

  it("knows which states mean the money was taken", () => {
    expect(isCapturedState(s("settlement"))).toBe(true)
    expect(isCapturedState(s("capture", "accept"))).toBe(true)
    expect(isCapturedState(s("refund"))).toBe(true)
    expect(isCapturedState(s("capture", "challenge"))).toBe(false)
    expect(isCapturedState(s("authorize"))).toBe(false)
    expect(isCapturedState(s("pending"))).toBe(false)
    expect(isCapturedState(null)).toBe(false)
  })
})
