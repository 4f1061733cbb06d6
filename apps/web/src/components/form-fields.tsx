import type { ReactNode } from "react";

/** The class every plain text box and select of the hub's filter and admin forms uses. */
export const fieldInput = "rounded border border-slate-300 px-2 py-1";

/**
 * A labelled `<select>` of a GET filter or admin form: the label above the box, an optional first "nothing chosen"
 * option (value ""), then one option per `[value, text]` pair.
 */
export function SelectField({
  label,
  name,
  options,
  defaultValue,
  emptyOption,
  className = fieldInput,
  wide = false,
}: {
  label: ReactNode;
  name: string;
  options: readonly (readonly [value: string, text: string])[];
  defaultValue?: string;
  emptyOption?: string;
  className?: string;
  /** Lets a select of long names shrink to the row on a narrow screen instead of widening the page. */
  wide?: boolean;
}) {
  return (
    <label className={`flex flex-col${wide ? " max-w-full" : ""}`}>
      {label}
      <select name={name} defaultValue={defaultValue} className={wide ? `${className} max-w-full` : className}>
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A refusal or failure said in red and announced to screen readers; renders nothing without a message. */
export function ErrorAlert({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p role="alert" id={id} className="text-red-700">
      {message}
    </p>
  );
}
