import {
  Button,
  Drawer,
  Input,
  RadioGroup,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { errorMessage } from "../lib/format"
import {
  changedFields,
  definedOnly,
  FormError,
  optionalInt,
  requiredText,
} from "../lib/forms"
import {
  useSaveRouter,
  type RouterApiKindName,
  type VoucherRouter,
  type VoucherRouterInput,
} from "../lib/vouchers"
import { FormField, SwitchField } from "./form-fields"

type PasswordMode = "stored" | "env"

type FormState = {
  name: string
  host: string
  port: string
  api_kind: RouterApiKindName
  use_tls: boolean
  tls_verify: boolean
  username: string
  password_mode: PasswordMode
  /** Never prefilled: the API does not return passwords. */
  password: string
  password_env: string
  hotspot_server: string
  is_active: boolean
}

function initialState(router?: VoucherRouter): FormState {
  return {
    name: router?.name ?? "",
    host: router?.host ?? "",
    port: router?.port == null ? "" : String(router.port),
    api_kind: router?.api_kind ?? "rest",
    use_tls: router?.use_tls ?? false,
    tls_verify: router?.tls_verify ?? true,
    username: router?.username ?? "",
    password_mode: router?.password_source === "env" ? "env" : "stored",
    password: "",
    password_env: router?.password_env ?? "",
    hotspot_server: router?.hotspot_server ?? "",
    is_active: router?.is_active ?? true,
  }
}

/** Every field but the password (empty optional ones: left out on create, null on edit). */
function baseBody(form: FormState, editing: boolean): VoucherRouterInput {
  const empty = editing ? null : undefined
  return definedOnly<VoucherRouterInput>({
    name: requiredText(form.name, "Name"),
    host: requiredText(form.host, "Host"),
    port: optionalInt(form.port, "Port", 1, 65535) ?? empty,
    api_kind: form.api_kind,
    use_tls: form.use_tls,
    tls_verify: form.tls_verify,
    username: requiredText(form.username, "User name"),
    hotspot_server: form.hotspot_server.trim() || empty,
    is_active: form.is_active,
  })
}

/**
 * Exactly one of password / password_env on create; on edit, an empty
 * password keeps the stored one.
 */
function passwordBody(
  form: FormState,
  router?: VoucherRouter
): Pick<VoucherRouterInput, "password" | "password_env"> {
  if (form.password_mode === "env") {
    const env = requiredText(form.password_env, "Environment variable")
    if (!/^[A-Z_][A-Z0-9_]*$/.test(env)) {
      throw new FormError(
        "Environment variable must be a name like MIKROTIK_PASSWORD (A-Z, 0-9, _)"
      )
    }
    return router?.password_env === env ? {} : { password_env: env }
  }
  if (form.password) return { password: form.password }
  if (router?.password_source === "stored") return {}
  throw new FormError("Password is required")
}

function toBody(form: FormState, router?: VoucherRouter): VoucherRouterInput {
  let body = baseBody(form, !!router)
  if (router) {
    let previous: VoucherRouterInput = {}
    try {
      previous = baseBody(initialState(router), true)
    } catch {
      // incomplete original: send every field
    }
    body = changedFields(body, previous)
  }
  return { ...body, ...passwordBody(form, router) }
}

const DEFAULT_PORTS: Record<RouterApiKindName, string> = {
  rest: "80, or 443 with TLS",
  api: "8728, or 8729 with TLS",
}

const RouterForm = ({
  router,
  onDone,
}: {
  router?: VoucherRouter
  onDone: () => void
}) => {
  const [form, setForm] = useState<FormState>(() => initialState(router))
  const [formError, setFormError] = useState<string | null>(null)
  const mutation = useSaveRouter(router?.id)
  const set =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }))
  const text = (key: keyof FormState) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setFormError(null)
    let body: VoucherRouterInput
    try {
      body = toBody(form, router)
    } catch (err) {
      if (!(err instanceof FormError)) throw err
      setFormError(err.message)
      return
    }
    if (router && Object.keys(body).length === 0) {
      toast.info("Nothing changed")
      onDone()
      return
    }
    mutation.mutate(body, {
      onSuccess: ({ router: saved }) => {
        toast.success(
          router ? `Router ${saved.name} saved` : `Router ${saved.name} added`
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
        <FormField id="router_name" label="Name">
          <Input
            id="router_name"
            size="small"
            value={form.name}
            onChange={text("name")}
          />
        </FormField>
        <div className="grid grid-cols-3 gap-4">
          <div className="col-span-2">
            <FormField
              id="host"
              label="Host"
              hint="Host name or IP address, no scheme or port"
            >
              <Input
                id="host"
                size="small"
                placeholder="192.168.88.1"
                value={form.host}
                onChange={text("host")}
              />
            </FormField>
          </div>
          <FormField
            id="port"
            label="Port (optional)"
            hint={`Default ${DEFAULT_PORTS[form.api_kind]}`}
          >
            <Input
              id="port"
              type="number"
              size="small"
              min={1}
              max={65535}
              value={form.port}
              onChange={text("port")}
            />
          </FormField>
        </div>
        <FormField id="api_kind" label="API">
          <Select
            value={form.api_kind}
            onValueChange={(v) => set("api_kind")(v as RouterApiKindName)}
          >
            <Select.Trigger id="api_kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="rest">REST (RouterOS 7)</Select.Item>
              <Select.Item value="api">Classic API (RouterOS 6/7)</Select.Item>
            </Select.Content>
          </Select>
        </FormField>
        <SwitchField
          id="use_tls"
          label="Use TLS"
          checked={form.use_tls}
          onChange={set("use_tls")}
        />
        <SwitchField
          id="tls_verify"
          label="Verify the TLS certificate"
          checked={form.tls_verify}
          onChange={set("tls_verify")}
          disabled={!form.use_tls}
        />
        <FormField id="username" label="User name">
          <Input
            id="username"
            size="small"
            autoComplete="off"
            value={form.username}
            onChange={text("username")}
          />
        </FormField>
        <FormField id="password_mode" label="Password">
          <RadioGroup
            id="password_mode"
            value={form.password_mode}
            onValueChange={(v) => set("password_mode")(v as PasswordMode)}
            className="flex gap-4"
          >
            <label className="flex items-center gap-2 text-sm">
              <RadioGroup.Item value="stored" />
              Stored (encrypted)
            </label>
            <label className="flex items-center gap-2 text-sm">
              <RadioGroup.Item value="env" />
              Environment variable
            </label>
          </RadioGroup>
        </FormField>
        {form.password_mode === "stored" ? (
          <FormField
            id="password"
            label="Password"
            hint={
              router?.password_source === "stored"
                ? "Leave empty to keep the stored password"
                : undefined
            }
          >
            <Input
              id="password"
              type="password"
              size="small"
              autoComplete="new-password"
              value={form.password}
              onChange={text("password")}
            />
          </FormField>
        ) : (
          <FormField
            id="password_env"
            label="Environment variable name"
            hint="Read on the server each time the router is called"
          >
            <Input
              id="password_env"
              size="small"
              placeholder="MIKROTIK_PASSWORD"
              value={form.password_env}
              onChange={text("password_env")}
            />
          </FormField>
        )}
        <FormField
          id="hotspot_server"
          label="Hotspot server (optional)"
          hint="RouterOS hotspot server for the users; all servers when empty"
        >
          <Input
            id="hotspot_server"
            size="small"
            value={form.hotspot_server}
            onChange={text("hotspot_server")}
          />
        </FormField>
        <SwitchField
          id="router_is_active"
          label="Active"
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
            {router ? "Save" : "Add router"}
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}

/** Add (no `router`) or edit a MikroTik router in a side drawer. */
export const RouterDrawer = ({
  open,
  onOpenChange,
  router,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  router?: VoucherRouter
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <Drawer.Header>
        <Drawer.Title>
          {router ? `Edit ${router.name}` : "Add router"}
        </Drawer.Title>
        <Drawer.Description className="sr-only">
          Connection details of a MikroTik router that hotspot users are created
          on.
        </Drawer.Description>
      </Drawer.Header>
      {open && (
        <RouterForm
          key={router?.id ?? "new"}
          router={router}
          onDone={() => onOpenChange(false)}
        />
      )}
    </Drawer.Content>
  </Drawer>
)
