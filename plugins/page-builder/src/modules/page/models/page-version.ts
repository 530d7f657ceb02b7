import { model } from "@medusajs/framework/utils"
import Page from "./page"

/** One publication of a page: its number, what was published, when and by whom. */
const PageVersion = model
  .define("page_version", {
    id: model.id({ prefix: "pgv" }).primaryKey(),
    version: model.number(),
    title: model.text(),
    seo_title: model.text().nullable(),
    seo_description: model.text().nullable(),
    seo_image: model.text().nullable(),
    content: model.json(),
    published_at: model.dateTime(),
    /** Actor id (an admin user id) or null for the system (seed, scripts). */
    published_by: model.text().nullable(),
    /** Set when this version republished an older one (rollback). */
    restored_from: model.number().nullable(),
    page: model.belongsTo(() => Page, { mappedBy: "versions" }),
  })
  .indexes([{ on: ["page_id", "version"], unique: true }])

export default PageVersion
