import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  IconButton,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/format"
import {
  useDeleteRouter,
  useTestRouter,
  useVoucherRouters,
  type RouterTestResult,
  type VoucherRouter,
} from "../lib/vouchers"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "./common"
import { RouterDrawer } from "./router-drawer"

const PasswordSourceBadge = ({ router }: { router: VoucherRouter }) => {
  switch (router.password_source) {
    case "env":
      return (
        <Badge size="2xsmall" color="blue">
          env {router.password_env}
        </Badge>
      )
    case "stored":
      return (
        <Badge size="2xsmall" color="green">
          stored
        </Badge>
      )
    default:
      return (
        <Badge size="2xsmall" color="red">
          none
        </Badge>
      )
  }
}

const TestResult = ({ result }: { result?: RouterTestResult }) => {
  if (!result) return null
  return result.ok ? (
    <Text size="xsmall" className="text-ui-tag-green-text">
      OK, {result.latency_ms} ms
    </Text>
  ) : (
    <Text size="xsmall" className="text-ui-fg-error max-w-xs break-words">
      {result.error}
    </Text>
  )
}

const TestButton = ({
  router,
  onResult,
}: {
  router: VoucherRouter
  onResult: (result: RouterTestResult) => void
}) => {
  const mutation = useTestRouter()
  const run = () =>
    mutation.mutate(router.id, {
      onSuccess: (result) => {
        onResult(result)
        if (result.ok) {
          toast.success(`${router.name}: connected in ${result.latency_ms} ms`)
        } else {
          toast.error(`${router.name}: connection failed`, {
            description: result.error,
          })
        }
      },
      onError: (e) => {
        onResult({ ok: false, error: errorMessage(e) })
        toast.error(errorMessage(e))
      },
    })
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={mutation.isPending}
      onClick={run}
    >
      Test connection
    </Button>
  )
}

const DeleteRouterButton = ({ router }: { router: VoucherRouter }) => {
  const prompt = usePrompt()
  const mutation = useDeleteRouter()
  const run = async () => {
    const confirmed = await prompt({
      title: `Delete ${router.name}?`,
      description:
        "Only a router that no package uses can be deleted. Nothing is changed on the router itself.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    mutation.mutate(router.id, {
      onSuccess: () => toast.success(`Router ${router.name} deleted`),
      onError: (e) =>
        toast.error(`${router.name} was not deleted`, {
          description: errorMessage(e),
        }),
    })
  }
  return (
    <IconButton
      size="small"
      variant="transparent"
      aria-label={`Delete ${router.name}`}
      disabled={mutation.isPending}
      onClick={run}
    >
      <Trash />
    </IconButton>
  )
}

const RouterRow = ({
  router,
  onEdit,
}: {
  router: VoucherRouter
  onEdit: () => void
}) => {
  const [testResult, setTestResult] = useState<RouterTestResult>()
  return (
    <Table.Row>
      <Table.Cell>{router.name}</Table.Cell>
      <Table.Cell className="font-mono text-xs">
        {router.host}
        {router.port ? `:${router.port}` : ""}
      </Table.Cell>
      <Table.Cell>{router.api_kind === "rest" ? "REST" : "API"}</Table.Cell>
      <Table.Cell>
        {router.use_tls
          ? router.tls_verify
            ? "TLS"
            : "TLS (unverified)"
          : "Plain"}
      </Table.Cell>
      <Table.Cell>{router.username}</Table.Cell>
      <Table.Cell>
        <PasswordSourceBadge router={router} />
      </Table.Cell>
      <Table.Cell>{router.hotspot_server ?? "All"}</Table.Cell>
      <Table.Cell>
        <StatusBadge color={router.is_active ? "green" : "grey"}>
          {router.is_active ? "Active" : "Inactive"}
        </StatusBadge>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col items-end gap-1 py-2">
          <div className="flex items-center gap-1">
            <TestButton router={router} onResult={setTestResult} />
            <IconButton
              size="small"
              variant="transparent"
              aria-label={`Edit ${router.name}`}
              onClick={onEdit}
            >
              <PencilSquare />
            </IconButton>
            <DeleteRouterButton router={router} />
          </div>
          <TestResult result={testResult} />
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** MikroTik routers the vouchers are created on. Passwords are never shown. */
export const RoutersTab = () => {
  const { data, isLoading, isError, error } = useVoucherRouters()
  const [drawer, setDrawer] = useState<{
    open: boolean
    router?: VoucherRouter
  }>({ open: false })
  const routers = data?.routers ?? []

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Routers"
        description="MikroTik routers (RouterOS 7 REST or the classic API) the hotspot users are created on."
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => setDrawer({ open: true })}
          >
            <Plus />
            Add router
          </Button>
        }
      />
      {isLoading ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState error={error} />
      ) : routers.length === 0 ? (
        <EmptyState>
          No routers yet. Add one before creating packages.
        </EmptyState>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Address</Table.HeaderCell>
              <Table.HeaderCell>API</Table.HeaderCell>
              <Table.HeaderCell>TLS</Table.HeaderCell>
              <Table.HeaderCell>User</Table.HeaderCell>
              <Table.HeaderCell>Password</Table.HeaderCell>
              <Table.HeaderCell>Hotspot server</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {routers.map((router) => (
              <RouterRow
                key={router.id}
                router={router}
                onEdit={() => setDrawer({ open: true, router })}
              />
            ))}
          </Table.Body>
        </Table>
      )}
      {data && data.count > routers.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Showing the first {routers.length} of {data.count} routers.
        </Text>
      )}
      <RouterDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        router={drawer.router}
      />
    </Container>
  )
}
