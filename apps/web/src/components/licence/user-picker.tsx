"use client";

import { useId, useState } from "react";

/**
 * The eligibility checker's people: a list of checkboxes (no Ctrl-click) with a filter box above it. Filtered-out
 * people keep their ticks, and the form still submits every ticked one (name="user").
 */
export function UserPicker({ users, selected }: { users: { id: string; upn: string; displayName: string }[]; selected: string[] }) {
  const [filter, setFilter] = useState("");
  const [ticked, setTicked] = useState(() => new Set(selected));
  const id = useId();
  const needle = filter.trim().toLowerCase();
  const shown = (u: { upn: string; displayName: string }) =>
    needle === "" || u.displayName.toLowerCase().includes(needle) || u.upn.toLowerCase().includes(needle);
  const toggle = (userId: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(userId);
    else next.delete(userId);
    setTicked(next);
  };
  return (
    <fieldset className="flex w-80 flex-col gap-1">
      <legend className="mb-1">
        People <span className="text-xs text-slate-500">({ticked.size} chosen)</span>
      </legend>
      <label htmlFor={`${id}-filter`} className="sr-only">
        Filter people
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="Filter by name or address"
        className="rounded border border-slate-300 px-2 py-1"
      />
      <div className="max-h-40 overflow-y-auto rounded border border-slate-300 bg-white p-1">
        {users.map((u) => (
          <label key={u.id} className={`flex items-start gap-2 px-1 py-0.5 ${shown(u) ? "" : "hidden"}`}>
            <input type="checkbox" name="user" value={u.id} checked={ticked.has(u.id)} onChange={(e) => toggle(u.id, e.target.checked)} className="mt-1" />
            <span>
              {u.displayName} <span className="text-xs text-slate-500">{u.upn}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
