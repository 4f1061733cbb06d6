/** Only same-site paths: an absolute or protocol-relative URL here would turn sign-in into an open redirect. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /^\/auth\/(sign-in|sign-out|callback)/.test(value)) return "/";
  return value.length > 500 ? "/" : value;
}
