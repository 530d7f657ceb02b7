import {
  Button,
  Drawer,
  Input,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { errorMessage } from "../lib/format"
import {
  changedFields,
  definedOnly,
  FormError,
  optionalInt,
  requiredInt,
  requiredText,
} from "../lib/forms"
import {
  useSavePackage,
  type VoucherPackage,
  type VoucherPackageInput,
  type VoucherRouter,
} from "../lib/vouchers"
import { FormField, SwitchField } from "./form-fields"
import { VariantPicker } from "./variant-picker"

type FormState = {
  name: string
  description: string
  variant_id: string
  router_id: string
  validity_hours: string
  hotspot_profile: string
  uptime_limit: string
  data_limit_mb: string
  vouchers_per_unit: string
  code_length: string
  code_prefix: string
  username_equals_password: boolean
  is_active: boolean
}

function initialState(pkg?: VoucherPackage): FormState {
  return {
    name: pkg?.name ?? "",
    description: pkg?.description ?? "",
    variant_id: pkg?.variant_id ?? "",
    router_id: pkg?.router?.id ?? "",
    validity_hours: String(pkg?.validity_hours ?? 24),
    hotspot_profile: pkg?.hotspot_profile ?? "default",
    uptime_limit: pkg?.uptime_limit ?? "",
    data_limit_mb: pkg?.data_limit_mb == null ? "" : String(pkg.data_limit_mb),
    vouchers_per_unit: String(pkg?.vouchers_per_unit ?? 1),
    code_length: String(pkg?.code_length ?? 8),
    code_prefix: pkg?.code_prefix ?? "",
    username_equals_password: pkg?.username_equals_password ?? true,
    is_active: pkg?.is_active ?? true,
  }
}

/**
 * The request body. Empty optional fields are left out when creating and
 * cleared (null) when editing.
 */
function toBody(form: FormState, editing: boolean): VoucherPackageInput {
  const empty = editing ? null : undefined
  const dataLimit = optionalInt(form.data_limit_mb, "Data limit", 1, 10_000_000)
  return definedOnly<VoucherPackageInput>({
    name: requiredText(form.name, "Name"),
    description: form.description.trim() || empty,
    variant_id: requiredText(form.variant_id, "Product variant"),
    router_id: requiredText(form.router_id, "Router"),
    validity_hours: requiredInt(form.validity_hours, "Validity", 1, 24 * 366),
    hotspot_profile: form.hotspot_profile.trim() || "default",
    uptime_limit: form.uptime_limit.trim() || empty,
    data_limit_mb: dataLimit ?? empty,
    vouchers_per_unit: optionalInt(
      form.vouchers_per_unit,
      "Vouchers per unit",
      1,
      100
    ),
    code_length: optionalInt(form.code_length, "Code length", 4, 32),
    code_prefix: form.code_prefix.trim(),
    username_equals_password: form.username_equals_password,
    is_active: form.is_active,
  })
}

/** What the package holds now, to send only the changed fields. */
function previousBody(pkg: VoucherPackage): VoucherPackageInput {
  try {
    return toBody(initialState(pkg), true)
  } catch {
    return {} // incomplete (e.g. its router is gone): send every field
  }
}

const PackageForm = ({
  pkg,
  routers,
  takenVariantIds,
  onDone,
}: {
  pkg?: VoucherPackage
  routers: VoucherRouter[]
  takenVariantIds: Set<string>
  onDone: () => void
}) => {
  const [form, setForm] = useState<FormState>(() => initialState(pkg))
  const [formError, setFormError] = useState<string | null>(null)
  const mutation = useSavePackage(pkg?.id)
  const set =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }))
  const text = (key: keyof FormState) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setFormError(null)
    let body: VoucherPackageInput
    try {
      body = toBody(form, !!pkg)
      if (pkg) body = changedFields(body, previousBody(pkg))
    } catch (err) {
      if (!(err instanceof FormError)) throw err
      setFormError(err.message)
      return
    }
    if (pkg && Object.keys(body).length === 0) {
      toast.info("Nothing changed")
      onDone()
      return
    }
    mutation.mutate(body, {
      onSuccess: ({ package: saved }) => {
        toast.success(
          pkg ? `Package ${saved.name} saved` : `Package ${saved.name} created`
        )
        onDone()
      },
      onError: (err) => {
        setFormError(errorMessage(err))
        toast.error(errorMessage(err))
      },
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
        <FormField id="name" label="Name">
          <Input
            id="name"
            size="small"
            value={form.name}
            onChange={text("name")}
          />
        </FormField>
        <FormField id="description" label="Description (optional)">
          <Textarea
            id="description"
            value={form.description}
            onChange={text("description")}
          />
        </FormField>
        <VariantPicker
          value={form.variant_id}
          onChange={set("variant_id")}
          takenVariantIds={takenVariantIds}
        />
        <FormField id="router_id" label="Router">
          <Select value={form.router_id} onValueChange={set("router_id")}>
            <Select.Trigger id="router_id">
              <Select.Value placeholder="Choose a router" />
            </Select.Trigger>
            <Select.Content>
              {routers.map((r) => (
                <Select.Item key={r.id} value={r.id}>
                  {r.name}
                  {r.is_active ? "" : " (inactive)"}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {routers.length === 0 && (
            <Text size="xsmall" className="text-ui-fg-error">
              Add a router on the Routers tab first.
            </Text>
          )}
        </FormField>
        <div className="grid grid-cols-2 gap-4">
          <FormField
            id="validity_hours"
            label="Validity (hours)"
            hint="Removed from the router after this"
          >
            <Input
              id="validity_hours"
              type="number"
              size="small"
              min={1}
              value={form.validity_hours}
              onChange={text("validity_hours")}
            />
          </FormField>
          <FormField
            id="hotspot_profile"
            label="Hotspot profile"
            hint="RouterOS user profile"
          >
            <Input
              id="hotspot_profile"
              size="small"
              value={form.hotspot_profile}
              onChange={text("hotspot_profile")}
            />
          </FormField>
          <FormField
            id="uptime_limit"
            label="Uptime limit (optional)"
            hint="RouterOS duration, e.g. 3h or 1d12h"
          >
            <Input
              id="uptime_limit"
              size="small"
              value={form.uptime_limit}
              onChange={text("uptime_limit")}
            />
          </FormField>
          <FormField id="data_limit_mb" label="Data limit MB (optional)">
            <Input
              id="data_limit_mb"
              type="number"
              size="small"
              min={1}
              value={form.data_limit_mb}
              onChange={text("data_limit_mb")}
            />
          </FormField>
          <FormField id="vouchers_per_unit" label="Vouchers per unit">
            <Input
              id="vouchers_per_unit"
              type="number"
              size="small"
              min={1}
              max={100}
              value={form.vouchers_per_unit}
              onChange={text("vouchers_per_unit")}
            />
          </FormField>
          <FormField id="code_length" label="Code length">
            <Input
              id="code_length"
              type="number"
              size="small"
              min={4}
              max={32}
              value={form.code_length}
              onChange={text("code_length")}
            />
          </FormField>
          <FormField id="code_prefix" label="Code prefix (optional)">
            <Input
              id="code_prefix"
              size="small"
              maxLength={10}
              value={form.code_prefix}
              onChange={text("code_prefix")}
            />
          </FormField>
        </div>
        <SwitchField
          id="username_equals_password"
          label="User name is also the password (one code)"
          checked={form.username_equals_password}
          onChange={set("username_equals_password")}
        />
        <SwitchField
          id="is_active"
          label="Active (on sale)"
          checked={form.is_active}
          onChange={set("is_active")}
        />
      </Drawer.Body>
      <Drawer.Footer className="flex-col items-stretch gap-2">
        {formError && (
          <Text size="small" className="text-ui-fg-error">
            {formError}
          </Text>
        )}
        <div className="flex justify-end gap-2">
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={mutation.isPending}>
            {pkg ? "Save" : "Create"}
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}

/** Create (no `pkg`) or edit a package in a side drawer. */
export const PackageDrawer = ({
  open,
  onOpenChange,
  pkg,
  routers,
  takenVariantIds,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  pkg?: VoucherPackage
  routers: VoucherRouter[]
  takenVariantIds: Set<string>
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <Drawer.Header>
        <Drawer.Title>
          {pkg ? `Edit ${pkg.name}` : "Create voucher package"}
        </Drawer.Title>
        <Drawer.Description className="sr-only">
          A voucher package is sold through a product variant and creates
          hotspot users on a router.
        </Drawer.Description>
      </Drawer.Header>
      {open && (
        <PackageForm
          key={pkg?.id ?? "new"}
          pkg={pkg}
          routers={routers}
          takenVariantIds={takenVariantIds}
          onDone={() => onOpenChange(false)}
        />
      )}
    </Drawer.Content>
  </Drawer>
)
