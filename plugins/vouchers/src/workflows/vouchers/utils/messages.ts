/** The voucher message, in Indonesian (default) or English. Plain text: WhatsApp and the e-mail text part. */
export type VoucherMessageInput = {
  package_name: string
  order_display_id?: string | number | null
  vouchers: {
    username: string
    password: string
    expires_at?: Date | string | null
  }[]
  uptime_limit?: string | null
  validity_hours: number
  locale?: string | null
}

function validity(hours: number, en: boolean): string {
  if (hours % 24 === 0) {
    const days = hours / 24
    return en ? `${days} day${days === 1 ? "" : "s"}` : `${days} hari`
  }
  return en ? `${hours} hours` : `${hours} jam`
}

export function voucherMessage(input: VoucherMessageInput): {
  subject: string
  text: string
} {
  const en = (input.locale ?? "").toLowerCase().startsWith("en")
  const order = input.order_display_id ? ` #${input.order_display_id}` : ""
  const lines = input.vouchers.map((v, i) =>
    v.username === v.password
      ? `${i + 1}. ${en ? "Code" : "Kode"}: ${v.username}`
      : `${i + 1}. ${en ? "User" : "Pengguna"}: ${v.username}  ${en ? "Password" : "Sandi"}: ${v.password}`
  )
  const subject = en
    ? `Your WiFi voucher${input.vouchers.length > 1 ? "s" : ""}: ${input.package_name}${order}`
    : `Voucher WiFi Anda: ${input.package_name}${order}`
  const header = en
    ? `Thank you for your order${order}. Your WiFi voucher${input.vouchers.length > 1 ? "s" : ""} (${input.package_name}):`
    : `Terima kasih atas pesanan Anda${order}. Voucher WiFi Anda (${input.package_name}):`
  const footer = en
    ? `Valid for ${validity(input.validity_hours, true)} from purchase${input.uptime_limit ? `, ${input.uptime_limit} of connection time` : ""}. Connect to the hotspot and log in with the code above.`
    : `Berlaku ${validity(input.validity_hours, false)} sejak pembelian${input.uptime_limit ? `, waktu pemakaian ${input.uptime_limit}` : ""}. Sambungkan ke hotspot lalu masuk dengan kode di atas.`
  return { subject, text: [header, "", ...lines, "", footer].join("\n") }
}
