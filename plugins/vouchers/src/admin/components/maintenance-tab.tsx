import {
  Button,
  Container,
  Input,
  Label,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { errorMessage, plural } from "../lib/format"
import { useCleanupExpired, useCleanupFailed } from "../lib/vouchers"
import { SectionHeader } from "./common"

const CleanupFailed = () => {
  const [days, setDays] = useState("30")
  const [summary, setSummary] = useState<string | null>(null)
  const prompt = usePrompt()
  const mutation = useCleanupFailed()

  const run = async (e: FormEvent) => {
    e.preventDefault()
    const olderThanDays = Number(days)
    if (
      days.trim() === "" ||
      !Number.isInteger(olderThanDays) ||
      olderThanDays < 0 ||
      olderThanDays > 3650
    ) {
      toast.error("Days must be a whole number from 0 to 3650")
      return
    }
    const confirmed = await prompt({
      title: "Clean up failed purchases?",
      description: `Paid pending purchases are generated, abandoned unpaid ones are marked failed, and failed purchases older than ${plural(olderThanDays, "day")} are archived (any router users left behind are removed).`,
      confirmText: "Clean up",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    mutation.mutate(olderThanDays, {
      onSuccess: ({ generated, failed, archived }) => {
        const text = `${generated.length} generated, ${failed.length} marked failed, ${archived.length} archived`
        setSummary(text)
        toast.success("Clean-up finished", { description: text })
      },
      onError: (err) => toast.error(errorMessage(err)),
    })
  }

  return (
    <form onSubmit={run} className="flex flex-col gap-3 px-6 py-4">
      <div>
        <Text size="small" weight="plus">
          Clean up failed purchases
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Runs the purchases clean-up job now.
        </Text>
      </div>
      <div className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="older_than_days" size="small">
            Archive failed purchases older than (days)
          </Label>
          <Input
            id="older_than_days"
            type="number"
            size="small"
            min={0}
            max={3650}
            step={1}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <Button
          size="small"
          variant="secondary"
          type="submit"
          isLoading={mutation.isPending}
        >
          Clean up failed purchases
        </Button>
      </div>
      {summary && (
        <Text size="small" className="text-ui-fg-subtle">
          Last run: {summary}
        </Text>
      )}
    </form>
  )
}

const CleanupExpired = () => {
  const [summary, setSummary] = useState<string | null>(null)
  const mutation = useCleanupExpired()

  const run = () =>
    mutation.mutate(undefined, {
      onSuccess: ({ expired, errors }) => {
        const text = `${plural(expired.length, "voucher")} removed${
          errors.length ? `, ${plural(errors.length, "error")}` : ""
        }`
        setSummary(
          errors.length
            ? `${text}: ${errors.map((e) => `${e.id}: ${e.error}`).join("; ")}`
            : text
        )
        if (errors.length) {
          toast.warning(text, {
            description: errors
              .slice(0, 3)
              .map((e) => `${e.id}: ${e.error}`)
              .join("; "),
          })
        } else {
          toast.success(text)
        }
      },
      onError: (err) => toast.error(errorMessage(err)),
    })

  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <div>
        <Text size="small" weight="plus">
          Remove expired vouchers
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          Removes vouchers past their validity from the routers now, instead of
          waiting for the scheduled job.
        </Text>
      </div>
      <div>
        <Button
          size="small"
          variant="secondary"
          isLoading={mutation.isPending}
          onClick={run}
        >
          Remove expired vouchers now
        </Button>
      </div>
      {summary && (
        <Text size="small" className="text-ui-fg-subtle break-all">
          Last run: {summary}
        </Text>
      )}
    </div>
  )
}

/** Run the clean-up jobs on demand. */
export const MaintenanceTab = () => (
  <Container className="divide-y p-0">
    <SectionHeader
      title="Maintenance"
      description="These jobs also run on a schedule; use these buttons to run them now."
    />
    <CleanupFailed />
    <CleanupExpired />
  </Container>
)
