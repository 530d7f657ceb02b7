import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { DashboardTab } from "../../components/dashboard-tab"
import { MaintenanceTab } from "../../components/maintenance-tab"
import { PackagesTab } from "../../components/packages-tab"
import { PurchasesTab } from "../../components/purchases-tab"
import { RoutersTab } from "../../components/routers-tab"

const TABS = [
  { value: "dashboard", label: "Dashboard", Component: DashboardTab },
  { value: "purchases", label: "Purchases", Component: PurchasesTab },
  { value: "packages", label: "Packages", Component: PackagesTab },
  { value: "routers", label: "Routers", Component: RoutersTab },
  { value: "maintenance", label: "Maintenance", Component: MaintenanceTab },
] as const

type TabValue = (typeof TABS)[number]["value"]

function isTab(value: string | null): value is TabValue {
  return TABS.some((t) => t.value === value)
}

/** Operators' WiFi voucher page; the tab lives in `?tab=` so links and Back keep it. */
const VouchersPage = () => {
  const [params, setParams] = useSearchParams()
  const requested = params.get("tab")
  const tab: TabValue = isTab(requested) ? requested : "dashboard"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Vouchers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Prepaid WiFi hotspot vouchers: sales, purchases, packages, MikroTik
          routers and clean-up.
        </Text>
      </Container>
      <Tabs
        value={tab}
        onValueChange={(value) => setParams({ tab: value }, { replace: true })}
      >
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Trigger key={t.value} value={t.value}>
              {t.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {TABS.map(({ value, Component }) => (
          <Tabs.Content key={value} value={value} className="mt-3">
            <Component />
          </Tabs.Content>
        ))}
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Vouchers",
  icon: ReceiptPercent,
})

export default VouchersPage
