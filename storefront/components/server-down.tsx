/** Shown instead of a page when the store server does not answer. */
export function ServerDown({ message }: { message: string }) {
  return (
    <div
      role="alert"
      data-testid="server-down"
      className="mx-auto my-12 max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-900"
    >
      <p className="font-semibold">{message}</p>
    </div>
  )
}
