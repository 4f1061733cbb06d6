import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-slate-600">There is no page at this address. The connector may have been renamed, or it is not shared with you.</p>
      <p className="mt-6">
        <Link href="/">Back to the catalog</Link>
      </p>
    </div>
  );
}
