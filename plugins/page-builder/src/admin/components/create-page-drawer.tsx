import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { slugify } from "../lib/format"
import { useCreatePage } from "../lib/pages"
import { FormField, fieldA11y, useFormErrors } from "./common"

const FIELDS = ["title", "slug"] as const

const CreatePageForm = ({ onDone }: { onDone: () => void }) => {
  const navigate = useNavigate()
  const mutation = useCreatePage()
  const [title, setTitle] = useState("")
  const [slug, setSlug] = useState("")
  const [slugEdited, setSlugEdited] = useState(false)
  const { errors, formError, reset, report } = useFormErrors(FIELDS)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    reset()
    mutation.mutate(
      { title: title.trim(), slug: slug.trim() },
      {
        onSuccess: ({ page }) => {
          toast.success(`Page ${page.title} created`)
          onDone()
          navigate(`/pages/${page.id}`)
        },
        onError: report,
      }
    )
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-1 flex-col overflow-hidden"
      aria-label="Create page"
      noValidate
    >
      <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
        <FormField id="create-page-title" label="Title" error={errors.title}>
          <Input
            {...fieldA11y("create-page-title", errors.title)}
            size="small"
            value={title}
            autoFocus
            onChange={(e) => {
              setTitle(e.target.value)
              if (!slugEdited) setSlug(slugify(e.target.value))
            }}
          />
        </FormField>
        <FormField
          id="create-page-slug"
          label="Slug"
          hint='Lower-case words joined by "-", e.g. promo-ramadan; "/" for nested pages'
          error={errors.slug}
        >
          <Input
            {...fieldA11y("create-page-slug", errors.slug)}
            size="small"
            value={slug}
            onChange={(e) => {
              setSlug(e.target.value)
              setSlugEdited(true)
            }}
          />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer className="flex-col items-stretch gap-2">
        {formError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
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
            Create
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}

/** "Create page": a slug and a title; the page opens in the editor. */
export const CreatePageDrawer = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <Drawer.Header>
        <Drawer.Title>Create page</Drawer.Title>
        <Drawer.Description className="sr-only">
          A new page starts as an empty draft; compose it in the editor.
        </Drawer.Description>
      </Drawer.Header>
      {open && <CreatePageForm onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)
