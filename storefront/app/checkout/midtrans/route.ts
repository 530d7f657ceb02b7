import { NextResponse, type NextRequest } from "next/server"
import { completeCart } from "@/lib/actions"
import { getCartId } from "@/lib/cookies"
import { messageOf } from "@/lib/sdk"

/**
 * Midtrans Snap's finish redirect (set it to <storefront>/checkout/midtrans in
 * the Midtrans dashboard): completes the cart once the shopper has paid or
 * chosen a pending method (VA, QRIS); otherwise back to checkout with the reason.
 */
export async function GET(req: NextRequest) {
  const cartId = await getCartId()
  if (!cartId) return NextResponse.redirect(new URL("/account", req.url))
  try {
    const path = await completeCart(cartId)
    return NextResponse.redirect(new URL(path, req.url))
  } catch (e) {
    const url = new URL("/checkout", req.url)
    url.searchParams.set("error", messageOf(e, "Payment not completed"))
    return NextResponse.redirect(url)
  }
}
