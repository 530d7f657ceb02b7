import { MAX_DEPTH, formatPath, validatePageContent } from "../schemas"
import { isValidSlug } from "../../types"

const doc = (...content: unknown[]) => ({ root: { props: {} }, content })
const messageOf = (input: unknown) => {
  try {
    validatePageContent(input)
  } catch (e) {
    return (e as Error).message
  }
  throw new Error("expected the content to be refused")
}

describe("validatePageContent", () => {
  it("accepts every block type and cleans the props", () => {
    const content = validatePageContent(
      doc(
        {
          type: "Hero",
          props: {
            id: "a",
            title: "  Halo  ",
            subtitle: "",
            cta_label: "Beli",
            cta_href: "/store",
          },
        },
        { type: "RichText", props: { id: "b", body: "Satu\n\nDua" } },
        {
          type: "Banner",
          props: {
            id: "c",
            image_url: "https://cdn.example.com/b.jpg",
            alt: "Banner",
          },
        },
        {
          type: "ProductGrid",
          props: {
            id: "d",
            source: "handpicked",
            product_ids: ["prod_1"],
            limit: "4",
          },
        },
        { type: "CategoryTiles", props: { id: "e", category_ids: ["pcat_1"] } },
        { type: "SellerSpotlight", props: { id: "f", seller_id: "sel_1" } },
        { type: "VoucherPackages", props: { id: "g" } },
        {
          type: "Columns",
          props: {
            id: "h",
            ratio: "1:2",
            left: [{ type: "Spacer", props: { id: "i", size: "sm" } }],
            right: [{ type: "RichText", props: { id: "j", body: "x" } }],
          },
        }
      )
    )
    expect(content.content).toHaveLength(8)
    expect(content.content[0].props).toEqual({
      id: "a",
      title: "Halo",
      cta_label: "Beli",
      cta_href: "/store",
    })
    expect(content.content[3].props).toMatchObject({ limit: 4 })
    expect((content.content[7].props as any).left[0].type).toBe("Spacer")
  })

  it("names the field of each problem as a path into the body", () => {
    expect(messageOf(doc({ type: "Hero", props: { id: "a" } }))).toBe(
      "content.content[0].props.title: Required"
    )
    expect(
      messageOf(
        doc({ type: "Hero", props: { id: "a", title: "x", cta_label: "Beli" } })
      )
    ).toBe("content.content[0].props.cta_href: Required with cta_label")
    expect(
      messageOf(
        doc({
          type: "Columns",
          props: {
            id: "c",
            left: [],
            right: [{ type: "Banner", props: { id: "d", alt: "x" } }],
          },
        })
      )
    ).toMatch(/^content\.content\[0\]\.props\.right\[0\]\.props\.image_url: /)
    expect(messageOf({ content: "nope" })).toBe(
      "content.content: must be an array of blocks"
    )
    expect(messageOf([])).toBe("content: must be an object { root, content }")
    expect(
      messageOf({ content: [], zones: { "a:b": [{ type: "Hero" }] } })
    ).toMatch(/content\.zones\.a:b: Drop zones are not supported/)
  })

  it("refuses nesting deeper than MAX_DEPTH", () => {
    let block: unknown = { type: "Spacer", props: { id: "leaf" } }
    for (let i = 0; i < MAX_DEPTH; i++) {
      block = {
        type: "Columns",
        props: { id: `c${i}`, left: [block], right: [] },
      }
    }
    expect(messageOf(doc(block))).toMatch(
      /Columns may be nested at most 3 deep/
    )
  })

  it("refuses script URLs and ids of the wrong kind", () => {
    expect(
      messageOf(
        doc({
          type: "Hero",
          props: { id: "a", title: "x", image_url: "javascript:alert(1)" },
        })
      )
    ).toMatch(/image_url: must be an http\(s\) URL/)
    expect(
      messageOf(
        doc({
          type: "CategoryTiles",
          props: { id: "a", category_ids: ["sel_1"] },
        })
      )
    ).toMatch(/category_ids\[0\]: must be an id starting with pcat_/)
  })
})

describe("formatPath and slugs", () => {
  it("formats paths and checks slugs", () => {
    expect(
      formatPath([
        "content",
        "content",
        2,
        "props",
        "left",
        0,
        "props",
        "title",
      ])
    ).toBe("content.content[2].props.left[0].props.title")
    for (const ok of ["home", "promo-kopi-2026", "a"])
      expect(isValidSlug(ok)).toBe(true)
    for (const bad of [
      "",
      "Home",
      "promo kopi",
      "promo_kopi",
      "-a",
      "a-",
      "a--b",
      "a/b",
      "a".repeat(101),
    ])
      expect(isValidSlug(bad)).toBe(false)
  })
})
