import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  IconButton,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { errorMessage, formatMoney } from "../lib/format"
import {
  useDeletePackage,
  useVoucherPackages,
  useVoucherRouters,
  type VoucherPackage,
} from "../lib/vouchers"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "./common"
import { PackageDrawer } from "./package-drawer"

function formatValidity(hours: number) {
  if (hours % 24 === 0) {
    const days = hours / 24
    return `${days} day${days === 1 ? "" : "s"}`
  }
  return `${hours} h`
}

function variantLabel(pkg: VoucherPackage) {
  if (!pkg.variant) return `Missing variant ${pkg.variant_id}`
  const product = pkg.variant.product?.title ?? "Product"
  return `${product} · ${pkg.variant.title ?? "Default variant"}`
}

function limits(pkg: VoucherPackage) {
  return (
    [
      pkg.uptime_limit && `uptime ${pkg.uptime_limit}`,
      pkg.data_limit_mb != null && `${pkg.data_limit_mb} MB`,
    ]
      .filter(Boolean)
      .join(", ") || "None"
  )
}

const DeletePackageButton = ({ pkg }: { pkg: VoucherPackage }) => {
  const prompt = usePrompt()
  const mutation = useDeletePackage()

  const run = async () => {
    const confirmed = await prompt({
      title: `Delete ${pkg.name}?`,
      description:
        "The package stops being sold as vouchers. Existing purchases and vouchers are kept. The product variant itself is not deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    mutation.mutate(pkg.id, {
      onSuccess: () => toast.success(`Package ${pkg.name} deleted`),
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  return (
    <IconButton
      size="small"
      variant="transparent"
      aria-label={`Delete ${pkg.name}`}
      disabled={mutation.isPending}
      onClick={run}
    >
      <Trash />
    </IconButton>
  )
}

const PackageRow = ({
  pkg,
  onEdit,
}: {
  pkg: VoucherPackage
  onEdit: () => void
}) => (
  <Table.Row>
    <Table.Cell>
      <div className="flex flex-col">
        <span>{pkg.name}</span>
        {pkg.description && (
          <span className="text-ui-fg-subtle max-w-xs truncate">
            {pkg.description}
          </span>
        )}
      </div>
    </Table.Cell>
    <Table.Cell>
      <div className="flex flex-col">
        <span className={pkg.variant ? undefined : "text-ui-fg-error"}>
          {variantLabel(pkg)}
        </span>
        {pkg.variant?.sku && (
          <span className="text-ui-fg-subtle">SKU {pkg.variant.sku}</span>
        )}
      </div>
    </Table.Cell>
    <Table.Cell>
      {pkg.variant?.prices?.length
        ? pkg.variant.prices
            .map((p) => formatMoney(p.amount, p.currency_code))
            .join(", ")
        : "-"}
    </Table.Cell>
    <Table.Cell>{pkg.router?.name ?? "-"}</Table.Cell>
    <Table.Cell>{formatValidity(pkg.validity_hours)}</Table.Cell>
    <Table.Cell>{pkg.hotspot_profile}</Table.Cell>
    <Table.Cell>{limits(pkg)}</Table.Cell>
    <Table.Cell>{pkg.vouchers_per_unit}</Table.Cell>
    <Table.Cell>
      <StatusBadge color={pkg.is_active ? "green" : "grey"}>
        {pkg.is_active ? "Active" : "Inactive"}
      </StatusBadge>
    </Table.Cell>
    <Table.Cell>
      <div className="flex justify-end gap-1">
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Edit ${pkg.name}`}
          onClick={onEdit}
        >
          <PencilSquare />
        </IconButton>
        <DeletePackageButton pkg={pkg} />
      </div>
    </Table.Cell>
  </Table.Row>
)

/** Voucher packages: what is sold, through which variant, on which router. */
export const PackagesTab = () => {
  const { data, isLoading, isError, error } = useVoucherPackages()
  const routersQuery = useVoucherRouters()
  // `pkg` stays set while the drawer closes, so its title does not flicker.
  const [drawer, setDrawer] = useState<{ open: boolean; pkg?: VoucherPackage }>(
    { open: false }
  )
  const packages = useMemo(() => data?.packages ?? [], [data])
  const takenVariantIds = useMemo(
    () =>
      new Set(
        packages.filter((p) => p.id !== drawer.pkg?.id).map((p) => p.variant_id)
      ),
    [packages, drawer.pkg]
  )

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Packages"
        description="Each package is sold through one product variant; every unit bought creates hotspot users on its router."
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => setDrawer({ open: true })}
          >
            <Plus />
            Create package
          </Button>
        }
      />
      {routersQuery.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-3">
          Routers could not be loaded: {errorMessage(routersQuery.error)}
        </Text>
      )}
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : packages.length === 0 ? (
        <EmptyState>
          No voucher packages yet. Create a product with a variant for each
          package, then create the package here.
        </EmptyState>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Variant</Table.HeaderCell>
              <Table.HeaderCell>Price</Table.HeaderCell>
              <Table.HeaderCell>Router</Table.HeaderCell>
              <Table.HeaderCell>Validity</Table.HeaderCell>
              <Table.HeaderCell>Profile</Table.HeaderCell>
              <Table.HeaderCell>Limits</Table.HeaderCell>
              <Table.HeaderCell>Per unit</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {packages.map((pkg) => (
              <PackageRow
                key={pkg.id}
                pkg={pkg}
                onEdit={() => setDrawer({ open: true, pkg })}
              />
            ))}
          </Table.Body>
        </Table>
      )}
      {data && data.count > packages.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Showing the first {packages.length} of {data.count} packages.
        </Text>
      )}
      <PackageDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        pkg={drawer.pkg}
        routers={routersQuery.data?.routers ?? []}
        takenVariantIds={takenVariantIds}
      />
    </Container>
  )
}
