export {
  startFakeRouterOS,
  type FakeRouterOS,
  type FakeRouterOSFailureMode,
  type FakeRouterOSOptions,
  type FakeRouterOSRequest,
  type FakeRouterOSUser,
} from "./fake-routeros"
export { startFakeWhatsApp, type FakeWhatsApp } from "./fake-whatsapp"
