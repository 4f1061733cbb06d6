/** What a signed-in person without the administrator role sees instead of an administrators' page. */
export function AdminsOnly({ what }: { what: string }) {
  return (
    <div className="max-w-xl space-y-2">
      <h1 className="text-2xl font-semibold">Administrators only</h1>
      <p className="text-slate-700">
        {what} is for administrators (app role Hub.Admin). Ask your Power Platform administrator for the role, or sign in with an administrator account.
      </p>
    </div>
  );
}
