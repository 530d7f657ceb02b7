import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

export type Api = {
  post: (
    url: string,
    body?: unknown,
    config?: unknown
  ) => Promise<{ status: number; data: any }>
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
}

export const bearer = (token: string) => ({
  headers: { authorization: `Bearer ${token}` },
})

/** Calls an API and returns the response, also for 4xx/5xx answers. */
export async function call<T extends { status: number; data: any }>(
  request: Promise<T>
): Promise<T> {
  return request.catch((e: { response?: T }) => {
    if (e.response) return e.response
    throw e
  })
}

/**
 * Seller sign-up as a seller does it: register the e-mail/password identity,
 * create the seller with that token, log in again for a token with the actor.
 */
export async function signUpSeller(
  api: Api,
  input: {
    email: string
    password?: string
    name: string
    handle?: string
    city?: string
  }
) {
  const password = input.password ?? "rahasia-123"
  const registered = await api.post("/auth/seller/emailpass/register", {
    email: input.email,
    password,
  })
  const created = await api.post(
    "/vendor/sellers",
    { name: input.name, handle: input.handle, city: input.city },
    bearer(registered.data.token)
  )
  const login = await api.post("/auth/seller/emailpass", {
    email: input.email,
    password,
  })
  return {
    seller: created.data.seller,
    token: login.data.token as string,
    headers: bearer(login.data.token),
  }
}

/** An operator (admin user) token, signed like Medusa's own auth routes sign it. */
export async function createAdminToken(
  container: MedusaContainer,
  email = "ops@belanjain.test"
) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const token = jwt.sign(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: identity.id,
      app_metadata: { user_id: user.id },
    },
    process.env.JWT_SECRET || "supersecret",
    { expiresIn: "1d" }
  )
  return { user, token, headers: bearer(token) }
}

/** A signed-in shopper: its customer token and request headers. */
export type Shopper = {
  token: string
  headers: { headers: Record<string, string> }
}

/** A shopper account through the Store API; returns a customer token. */
export async function signUpCustomer(
  api: Api,
  publishableKey: string,
  email = "shopper@example.com",
  password = "belanja-123"
): Promise<Shopper> {
  const store = { "x-publishable-api-key": publishableKey }
  const registered = await api.post("/auth/customer/emailpass/register", {
    email,
    password,
  })
  await api.post(
    "/store/customers",
    { email, first_name: "Budi" },
    { headers: { ...store, authorization: `Bearer ${registered.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    token: login.data.token as string,
    headers: {
      headers: { ...store, authorization: `Bearer ${login.data.token}` },
    },
  }
}
