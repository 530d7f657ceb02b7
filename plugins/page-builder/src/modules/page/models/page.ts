import { model } from "@medusajs/framework/utils"
import PageVersion from "./page-version"

/**
 * A page composed in the admin editor. `draft_content` is what the editor
 * saves; `published_content` (with the published title and SEO fields) is
 * what the store serves, set only by publishing. Every publish writes a
 * `page_version`.
 */
const Page = model
  .define("page", {
    id: model.id({ prefix: "page" }).primaryKey(),
    slug: model.text().searchable(),
    title: model.text().searchable(),
    seo_title: model.text().nullable(),
    seo_description: model.text().nullable(),
    seo_image: model.text().nullable(),
    status: model.enum(["draft", "published", "archived"]).default("draft"),
    draft_content: model.json(),
    /** What the store serves: `{ title, seo, content }` of the published version. */
    published_content: model.json().nullable(),
    published_version: model.number().nullable(),
    published_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    versions: model.hasMany(() => PageVersion, { mappedBy: "page" }),
  })
  .indexes([{ on: ["slug"], unique: true, where: "deleted_at IS NULL" }])

export default Page
