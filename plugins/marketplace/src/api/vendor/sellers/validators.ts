import { z } from "@medusajs/framework/zod"

const handle = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "use lowercase letters, digits and single dashes",
  })

const profileFields = {
  name: z.string().trim().min(2).max(120),
  phone: z.string().trim().min(6).max(30).nullish(),
  description: z.string().trim().max(2000).nullish(),
  address_1: z.string().trim().max(250).nullish(),
  city: z.string().trim().max(120).nullish(),
  province: z.string().trim().max(120).nullish(),
  postal_code: z.string().trim().max(20).nullish(),
  logo_url: z.string().url().max(2000).nullish(),
}

/** Sign-up body. Status, commission and owner are never taken from a client. */
export const VendorCreateSeller = z
  .object({
    ...profileFields,
    handle: handle.optional(),
    member_name: z.string().trim().min(1).max(120).optional(),
  })
  .strict()
export type VendorCreateSellerType = z.infer<typeof VendorCreateSeller>

export const VendorUpdateSeller = z
  .object({
    ...profileFields,
    name: profileFields.name.optional(),
  })
  .strict()
export type VendorUpdateSellerType = z.infer<typeof VendorUpdateSeller>

export const VendorInviteMember = z
  .object({
    email: z.string().trim().email(),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict()
export type VendorInviteMemberType = z.infer<typeof VendorInviteMember>
