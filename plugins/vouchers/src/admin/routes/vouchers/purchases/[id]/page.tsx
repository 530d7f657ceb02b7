import { ArrowLeft } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../../components/common"
import {
  DeliveryLog,
  PurchaseSummary,
  VouchersTable,
} from "../../../../components/purchase-detail"
import { useVoucherPurchase } from "../../../../lib/vouchers"

const BackLink = () => (
  <Link
    to="/vouchers?tab=purchases"
    className="text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-1 text-sm"
  >
    <ArrowLeft />
    Purchases
  </Link>
)

/** One voucher purchase: its vouchers, delivery log, retry and regenerate. */
const PurchaseDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useVoucherPurchase(id!)

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingState />
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <div className="flex flex-col gap-y-3">
        <BackLink />
        <Container className="p-0">
          <ErrorState error={error} />
        </Container>
      </div>
    )
  }
  const { purchase } = data

  return (
    <div className="flex flex-col gap-y-3">
      <BackLink />
      <PurchaseSummary purchase={purchase} />
      <VouchersTable vouchers={purchase.vouchers ?? []} />
      <DeliveryLog deliveries={purchase.deliveries ?? []} />
      <Text size="xsmall" className="text-ui-fg-muted">
        Times are shown in your browser&apos;s time zone.
      </Text>
    </div>
  )
}

export default PurchaseDetailPage
