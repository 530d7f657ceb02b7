import { Button, Drawer, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useUpdatePage, type Page, type PageInput } from "../lib/pages"
import { FormField, fieldA11y, useFormErrors } from "./common"

const FIELDS = [
  "slug",
  "title",
  "seo_title",
  "seo_description",
  "seo_image",
] as const
type Field = (typeof FIELDS)[number]
type FormState = Record<Field, string>

function initialState(page: Page): FormState {
  return {
    slug: page.slug,
    title: page.title,
    seo_title: page.seo_title ?? "",
    seo_description: page.seo_description ?? "",
    seo_image: page.seo_image ?? "",
  }
}

/** The fields that changed; cleared SEO fields are sent as null. */
function changes(form: FormState, page: Page): PageInput {
  const before = initialState(page)
  const body: PageInput = {}
  for (const field of FIELDS) {
    const value = form[field].trim()
    if (value === before[field].trim()) continue
    if (field === "slug" || field === "title") body[field] = value
    else body[field] = value || null
  }
  return body
}

const SettingsForm = ({ page, onDone }: { page: Page; onDone: () => void }) => {
  const mutation = useUpdatePage(page.id)
  const [form, setForm] = useState<FormState>(() => initialState(page))
  const { errors, formError, reset, report } = useFormErrors(FIELDS)
  const text = (key: Field) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    reset()
    const body = changes(form, page)
    if (Object.keys(body).length === 0) {
      toast.info("Nothing changed")
      onDone()
      return
    }
    mutation.mutate(body, {
      onSuccess: () => {
        toast.success("Settings saved")
        onDone()
      },
      onError: report,
    })
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-1 flex-col overflow-hidden"
      aria-label="Page settings"
      noValidate
    >
      <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
        <FormField
          id="page-slug"
          label="Slug"
          hint={`The store shows the page at /pages/${form.slug || "…"}`}
          error={errors.slug}
        >
          <Input
            {...fieldA11y("page-slug", errors.slug)}
            size="small"
            value={form.slug}
            onChange={text("slug")}
          />
        </FormField>
        <FormField id="page-title" label="Title" error={errors.title}>
          <Input
            {...fieldA11y("page-title", errors.title)}
            size="small"
            value={form.title}
            onChange={text("title")}
          />
        </FormField>
        <FormField
          id="page-seo-title"
          label="SEO title"
          hint="Shown in search results and the browser tab; the title when empty"
          error={errors.seo_title}
        >
          <Input
            {...fieldA11y("page-seo-title", errors.seo_title)}
            size="small"
            value={form.seo_title}
            onChange={text("seo_title")}
          />
        </FormField>
        <FormField
          id="page-seo-description"
          label="SEO description"
          error={errors.seo_description}
        >
          <Textarea
            {...fieldA11y("page-seo-description", errors.seo_description)}
            value={form.seo_description}
            onChange={text("seo_description")}
          />
        </FormField>
        <FormField
          id="page-seo-image"
          label="SEO image URL"
          hint="Shared link preview image: https://… or /…"
          error={errors.seo_image}
        >
          <Input
            {...fieldA11y("page-seo-image", errors.seo_image)}
            size="small"
            value={form.seo_image}
            onChange={text("seo_image")}
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
            Save settings
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}

/** Slug, title and SEO fields of a page (saved at once; the content is saved from the editor). */
export const PageSettingsDrawer = ({
  page,
  open,
  onOpenChange,
}: {
  page: Page
  open: boolean
  onOpenChange: (open: boolean) => void
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <Drawer.Header>
        <Drawer.Title>Page settings</Drawer.Title>
        <Drawer.Description className="sr-only">
          The page&apos;s address, title and search-engine fields.
        </Drawer.Description>
      </Drawer.Header>
      {open && <SettingsForm page={page} onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)
