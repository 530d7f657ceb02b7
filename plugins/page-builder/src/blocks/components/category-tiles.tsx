import type { CategoryTilesProps } from "../types"
import {
  BlockLink,
  BlockSection,
  cardGridStyle,
  cardStyle,
  ImageBox,
  listIds,
  mutedTextStyle,
  Placeholder,
  type BlockCategory,
  type BlockRenderOptions,
} from "./shared"

export type CategoryTilesBlockProps = CategoryTilesProps & {
  id?: string
  /** The categories, in the order to show; without it: a placeholder. */
  categories?: BlockCategory[]
} & BlockRenderOptions

/** Image tiles linking to product categories. */
export const CategoryTilesBlock = ({
  id,
  title,
  category_ids,
  categories,
  linkComponent,
}: CategoryTilesBlockProps) => (
  <BlockSection type="CategoryTiles" id={id} title={title}>
    {!categories ? (
      <Placeholder
        label="Category tiles"
        detail={`categories ${listIds(category_ids, 4)}`}
      />
    ) : categories.length === 0 ? (
      <p style={mutedTextStyle}>No categories to show yet.</p>
    ) : (
      <ul style={cardGridStyle(150)}>
        {categories.map((category) => (
          <li key={category.id} style={{ margin: 0 }}>
            <BlockLink
              href={category.href ?? `/categories/${category.handle}`}
              linkComponent={linkComponent}
              style={cardStyle}
            >
              <ImageBox
                src={category.image_url}
                alt={category.name}
                ratio="4 / 3"
              />
              <span
                style={{
                  padding: 12,
                  fontSize: 15,
                  fontWeight: 600,
                  textAlign: "center",
                }}
              >
                {category.name}
              </span>
            </BlockLink>
          </li>
        ))}
      </ul>
    )}
  </BlockSection>
)
