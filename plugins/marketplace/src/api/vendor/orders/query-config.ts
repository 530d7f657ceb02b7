import {
  SELLER_ORDER_VIEW_FIELDS,
  SHIPPING_ADDRESS_FIELDS,
} from "../../../workflows/order-lifecycle/utils/seller-order-view"

/** What a seller sees of its orders in a list. */
export const vendorOrderListFields = SELLER_ORDER_VIEW_FIELDS

/** …and of one order: also where it goes. */
export const vendorOrderFields = [
  ...SELLER_ORDER_VIEW_FIELDS,
  ...SHIPPING_ADDRESS_FIELDS,
]

export const vendorListOrdersQueryConfig = {
  defaults: vendorOrderListFields,
  isList: true,
  defaultLimit: 20,
}
