import {
  averageRating,
  canChangeReviewStatus,
  REVIEW_STATUSES,
  REVIEW_STATUS_TRANSITIONS,
} from ".."

describe("averageRating", () => {
  it("is sum / count rounded to two decimals, null without ratings", () => {
    expect(averageRating(8, 2)).toBe(4)
    expect(averageRating(13, 3)).toBe(4.33)
    expect(averageRating(14, 3)).toBe(4.67)
    expect(averageRating(0, 0)).toBeNull()
  })
})

describe("review status table", () => {
  it("hides a visible review and shows a hidden one, nothing else", () => {
    expect(canChangeReviewStatus("visible", "hidden")).toBe(true)
    expect(canChangeReviewStatus("hidden", "visible")).toBe(true)
    expect(canChangeReviewStatus("visible", "visible")).toBe(false)
    expect(canChangeReviewStatus("hidden", "hidden")).toBe(false)
    for (const s of REVIEW_STATUSES) {
      expect(REVIEW_STATUS_TRANSITIONS[s]).toBeDefined()
    }
  })
})
