export default function Loading() {
  return (
    <p role="status" className="py-12 text-center text-gray-600">
      Memuat… / Loading…
    </p>
  )
}
