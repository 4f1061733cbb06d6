/**
 * A connector's icon on its brand colour, as Power Automate and Power Apps show connectors; the colour alone when it
 * has no icon. Decorative (the title names the connector), so hidden from screen readers.
 */
export function ConnectorIcon({
  slug,
  brandColor,
  hasIcon,
  updatedAt,
  size,
}: {
  slug: string;
  brandColor: string;
  hasIcon: boolean;
  updatedAt: string | Date;
  size: "card" | "page";
}) {
  const box = size === "card" ? "h-9 w-9" : "h-12 w-12";
  if (!hasIcon) return <span aria-hidden className={`inline-block shrink-0 rounded ${box}`} style={{ backgroundColor: brandColor }} />;
  // A plain img: the icon comes from our own API with its own caching, so next/image's optimizer adds nothing. The
  // address changes with the connector (?v=), so a new version's icon shows at once despite the browser's cache.
  const version = new Date(updatedAt).getTime().toString(36);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- our API serves and caches the icon; the optimizer adds nothing
    <img
      src={`/api/v1/connectors/${encodeURIComponent(slug)}/icon?v=${version}`}
      alt=""
      aria-hidden
      data-testid="connector-icon"
      loading="lazy"
      className={`inline-block shrink-0 rounded p-1 ${box}`}
      style={{ backgroundColor: brandColor }}
    />
  );
}
