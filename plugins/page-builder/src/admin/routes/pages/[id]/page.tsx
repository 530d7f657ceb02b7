import { ArrowLeft } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common"
import { PageEditor } from "../../../components/page-editor"
import { usePage } from "../../../lib/pages"

/** One page in the Puck editor, with publishing, preview and history. */
const PageEditorPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = usePage(id!)

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingState />
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <div className="flex flex-col gap-y-3">
        <Link
          to="/pages"
          className="text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-1 text-sm"
        >
          <ArrowLeft />
          Pages
        </Link>
        <Container className="p-0">
          <ErrorState error={error} />
        </Container>
      </div>
    )
  }
  return <PageEditor key={data.page.id} page={data.page} />
}

export default PageEditorPage
