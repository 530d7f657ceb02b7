import type { VoucherPackagesProps } from "../types"
import {
  BlockLink,
  BlockSection,
  cardGridStyle,
  cardStyle,
  colors,
  listIds,
  mutedTextStyle,
  Placeholder,
  type BlockRenderOptions,
  type BlockVoucherPackage,
} from "./shared"

export type VoucherPackagesBlockProps = VoucherPackagesProps & {
  id?: string
  /** The packages to show; without it the block shows a placeholder. */
  packages?: BlockVoucherPackage[]
} & BlockRenderOptions

const PackageCard = ({ pkg }: { pkg: BlockVoucherPackage }) => (
  <div style={{ ...cardStyle, padding: 16, gap: 8 }}>
    <span style={{ fontSize: 17, fontWeight: 700 }}>{pkg.name}</span>
    {pkg.validity_label ? (
      <span style={{ ...mutedTextStyle, fontSize: 13 }}>
        {pkg.validity_label}
      </span>
    ) : null}
    {pkg.description ? <p style={mutedTextStyle}>{pkg.description}</p> : null}
    {pkg.price_label ? (
      <span
        style={{
          marginTop: "auto",
          fontSize: 18,
          fontWeight: 700,
          color: colors.accent,
        }}
      >
        {pkg.price_label}
      </span>
    ) : null}
  </div>
)

/** WiFi voucher packages (all active ones, or the chosen ones). */
export const VoucherPackagesBlock = ({
  id,
  title,
  package_ids,
  packages,
  linkComponent,
}: VoucherPackagesBlockProps) => (
  <BlockSection type="VoucherPackages" id={id} title={title}>
    {!packages ? (
      <Placeholder
        label="Voucher packages"
        detail={
          package_ids && package_ids.length > 0
            ? `packages ${listIds(package_ids)}`
            : "all active packages"
        }
      />
    ) : packages.length === 0 ? (
      <p style={mutedTextStyle}>No voucher packages on sale right now.</p>
    ) : (
      <ul style={cardGridStyle(200)}>
        {packages.map((pkg) => (
          <li key={pkg.id} style={{ margin: 0 }}>
            {pkg.href ? (
              <BlockLink
                href={pkg.href}
                linkComponent={linkComponent}
                style={{
                  display: "block",
                  height: "100%",
                  color: "inherit",
                  textDecoration: "none",
                }}
              >
                <PackageCard pkg={pkg} />
              </BlockLink>
            ) : (
              <PackageCard pkg={pkg} />
            )}
          </li>
        ))}
      </ul>
    )}
  </BlockSection>
)
