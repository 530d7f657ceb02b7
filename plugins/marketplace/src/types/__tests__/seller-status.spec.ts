import {
  canChangeSellerStatus,
  SELLER_STATUSES,
  SELLER_STATUS_TRANSITIONS,
} from ".."

describe("seller status transitions", () => {
  it("allows approve, suspend, reactivate and reject", () => {
    expect(canChangeSellerStatus("pending", "active")).toBe(true)
    expect(canChangeSellerStatus("active", "suspended")).toBe(true)
    expect(canChangeSellerStatus("suspended", "active")).toBe(true)
    expect(canChangeSellerStatus("pending", "suspended")).toBe(true)
  })

  it("refuses going back to pending and staying in place", () => {
    for (const from of SELLER_STATUSES) {
      expect(canChangeSellerStatus(from, "pending")).toBe(false)
      expect(canChangeSellerStatus(from, from)).toBe(false)
    }
  })

  it("only names known statuses", () => {
    for (const targets of Object.values(SELLER_STATUS_TRANSITIONS)) {
      for (const to of targets) expect(SELLER_STATUSES).toContain(to)
    }
  })
})
