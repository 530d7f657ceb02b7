/**
 * Which push subscription endpoints the server may POST to. A subscription's
 * endpoint comes from the shopper's browser, so without a rule any customer
 * could make the server send requests to an address of their choosing
 * (internal hosts, cloud metadata services). Real push services (FCM,
 * Mozilla autopush, Apple, WNS) are all `https:`; plain `http:` is only for
 * a local or test push service and must be allowed explicitly
 * (WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true). Credentials in the URL are refused
 * either way. No DNS resolution: the host name is not checked.
 */
export type PushEndpointPolicy = {
  /** Accept `http:` endpoints too (tests and local demos only). */
  allow_http: boolean
}

/** Reads the `allow_http_endpoints` option: `true` or `"true"` allow http, anything else does not. */
export function parseAllowHttpEndpoints(value: unknown): boolean {
  return value === true || value === "true"
}

/**
 * Why `value` may not be used as a push endpoint (a phrase completing
 * "Field 'endpoint' …"), or null when it may.
 */
export function pushEndpointProblem(
  value: string,
  policy: PushEndpointPolicy
): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return "must be a URL"
  }
  if (url.username || url.password) {
    return "must not contain credentials (user:password@)"
  }
  if (url.protocol === "https:") return null
  if (url.protocol === "http:" && policy.allow_http) return null
  return policy.allow_http
    ? "must be an http: or https: URL"
    : "must be an https: URL (plain http only with WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true)"
}
