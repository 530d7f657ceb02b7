export {
  startFakeMidtrans,
  midtransAmount,
  type FakeMidtrans,
  type FakeMidtransOptions,
  type FakeMidtransRequest,
  type FakeMidtransRefund,
  type FakeMidtransTransaction,
} from "./fake-midtrans"
