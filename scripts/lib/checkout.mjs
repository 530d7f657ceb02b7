// Store API checkout steps shared by the bench scripts (bench:checkout, bench:analytics).

export const ADDRESS = {
  first_name: "Budi",
  last_name: "Santoso",
  address_1: "Jl. Merdeka 1",
  city: "Jakarta",
  postal_code: "10110",
  country_code: "id",
}

export async function call(base, headers, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  if (!res.ok)
    throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** A cart ready to complete with one unit from each given seller (BENCH_SELLER_<i>_*). */
export async function prepareCart(
  base,
  headers,
  vars,
  sellers,
  email = "bench@example.com"
) {
  const { cart } = await call(base, headers, "POST", "/store/carts", {
    region_id: vars.BENCH_REGION_ID,
    email,
    shipping_address: ADDRESS,
    items: sellers.map((i) => ({
      variant_id: vars[`BENCH_SELLER_${i}_VARIANT`],
      quantity: 1,
    })),
  })
  for (const i of sellers) {
    await call(
      base,
      headers,
      "POST",
      `/store/carts/${cart.id}/shipping-methods`,
      {
        option_id: vars[`BENCH_SELLER_${i}_OPTION`],
      }
    )
  }
  const { payment_collection } = await call(
    base,
    headers,
    "POST",
    "/store/payment-collections",
    {
      cart_id: cart.id,
    }
  )
  await call(
    base,
    headers,
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" }
  )
  return cart.id
}

/** Completes `n` carts one after another; returns the completion times (ms). */
export async function measureCompletions(
  base,
  headers,
  vars,
  sellers,
  n,
  expectedOrders
) {
  const times = []
  for (let i = 0; i < n; i++) {
    const cartId = await prepareCart(base, headers, vars, sellers)
    const t = process.hrtime.bigint()
    const body = await call(
      base,
      headers,
      "POST",
      `/store/carts/${cartId}/complete`
    )
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (body.type !== "order")
      throw new Error(
        `cart ${cartId} did not complete: ${JSON.stringify(body).slice(0, 300)}`
      )
    const orders = body.order.order_group?.orders?.length ?? 1
    if (orders !== expectedOrders)
      throw new Error(
        `cart ${cartId} made ${orders} orders, expected ${expectedOrders}`
      )
  }
  return times
}
