import {
  Button,
  Container,
  Heading,
  Input,
  Label,
  Prompt,
  StatusBadge,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import {
  sellerStatusActionsFor,
  type SellerStatusAction,
} from "../../../../api/admin/sellers/status-actions"
import {
  STATUS_COLOR,
  STATUS_LABEL,
  useSeller,
  useSellerStatusAction,
  useUpdateSellerCommission,
  type AdminSeller,
} from "../../../lib/sellers"

const ACTION_TEXT: Record<
  SellerStatusAction,
  { label: string; description: string; danger: boolean }
> = {
  approve: {
    label: "Approve",
    description:
      "The seller becomes active and its published products become visible and buyable.",
    danger: false,
  },
  suspend: {
    label: "Suspend",
    description:
      "The seller's products are hidden from the store and cannot be added to carts until it is reactivated.",
    danger: true,
  },
  reactivate: {
    label: "Reactivate",
    description:
      "The seller becomes active again and its published products are visible and buyable.",
    danger: false,
  },
}

/** A status button with a confirmation prompt. */
const StatusActionButton = ({
  seller,
  action,
}: {
  seller: AdminSeller
  action: SellerStatusAction
}) => {
  const [open, setOpen] = useState(false)
  const mutation = useSellerStatusAction(seller.id)
  const text = ACTION_TEXT[action]

  const run = () =>
    mutation.mutate(action, {
      onSuccess: ({ seller: updated }) => {
        toast.success(`${updated.name} is now ${updated.status}`)
        setOpen(false)
      },
      onError: (e) => {
        toast.error((e as Error).message)
        setOpen(false)
      },
    })

  return (
    <Prompt
      open={open}
      onOpenChange={setOpen}
      variant={text.danger ? "danger" : "confirmation"}
    >
      <Prompt.Trigger asChild>
        <Button
          size="small"
          variant={text.danger ? "danger" : "primary"}
          isLoading={mutation.isPending}
        >
          {text.label}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>
            {text.label} {seller.name}?
          </Prompt.Title>
          <Prompt.Description>{text.description}</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>Cancel</Prompt.Cancel>
          <Prompt.Action
            onClick={(e) => {
              e.preventDefault()
              run()
            }}
          >
            {text.label}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

/** Commission override in percent; empty means the platform default. */
const CommissionForm = ({ seller }: { seller: AdminSeller }) => {
  const [value, setValue] = useState("")
  const mutation = useUpdateSellerCommission(seller.id)

  useEffect(() => {
    setValue(
      seller.commission_rate === null ? "" : String(seller.commission_rate)
    )
  }, [seller.commission_rate])

  const save = (e: React.FormEvent) => {
    e.preventDefault()
    const trimmed = value.trim()
    const rate = trimmed === "" ? null : Number(trimmed)
    if (rate !== null && (!Number.isFinite(rate) || rate < 0 || rate > 100)) {
      toast.error("Commission rate must be a number from 0 to 100")
      return
    }
    mutation.mutate(rate, {
      onSuccess: () => toast.success("Commission rate saved"),
      onError: (err) => toast.error((err as Error).message),
    })
  }

  return (
    <form onSubmit={save} className="flex items-end gap-2 px-6 py-4">
      <div className="flex flex-col gap-1">
        <Label htmlFor="commission_rate" size="small">
          Commission rate (%)
        </Label>
        <Input
          id="commission_rate"
          type="number"
          size="small"
          min={0}
          max={100}
          step="0.01"
          placeholder="Platform default"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <Button
        size="small"
        variant="secondary"
        type="submit"
        isLoading={mutation.isPending}
      >
        Save
      </Button>
    </form>
  )
}

const Field = ({ label, value }: { label: string; value?: string | null }) => (
  <div className="grid grid-cols-2 px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value || "-"}</Text>
  </div>
)

/** One seller: profile, status actions, commission, members and locations. */
const SellerDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useSeller(id!)

  if (isLoading) {
    return (
      <Container>
        <Text>Loading…</Text>
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{(error as Error)?.message}</Text>
        <Link to="/sellers">Back to sellers</Link>
      </Container>
    )
  }
  const { seller } = data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div className="flex items-center gap-3">
            <Heading level="h1">{seller.name}</Heading>
            <StatusBadge color={STATUS_COLOR[seller.status]}>
              {STATUS_LABEL[seller.status]}
            </StatusBadge>
          </div>
          <div className="flex items-center gap-2">
            {sellerStatusActionsFor(seller.status).map((action) => (
              <StatusActionButton
                key={action}
                seller={seller}
                action={action}
              />
            ))}
          </div>
        </div>
        <Field label="Handle" value={seller.handle} />
        <Field label="E-mail" value={seller.email} />
        <Field label="Phone" value={seller.phone} />
        <Field
          label="Address"
          value={[
            seller.address_1,
            seller.city,
            seller.province,
            seller.postal_code,
          ]
            .filter(Boolean)
            .join(", ")}
        />
        <Field label="Products" value={String(seller.product_count ?? 0)} />
        <CommissionForm seller={seller} />
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Members</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(seller.members ?? []).map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{m.email}</Table.Cell>
                <Table.Cell>{m.name ?? "-"}</Table.Cell>
                <Table.Cell>{m.role}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Stock locations</Heading>
        </div>
        {(seller.stock_locations ?? []).map((l) => (
          <Field key={l.id} label={l.name} value={l.id} />
        ))}
      </Container>
    </div>
  )
}

export default SellerDetailPage
