// Host suffixes of Azure's public hosting services, most specific first so that the message
// names the service a maker recognises (a Functions app, API Management, Front Door, ...).
export const AZURE_HOST_SUFFIXES: readonly { suffix: string; service: string }[] = [
  { suffix: ".cloudapp.azure.com", service: "Azure virtual machines / cloud services" },
  { suffix: ".azurecontainerapps.io", service: "Azure Container Apps" },
  { suffix: ".azurestaticapps.net", service: "Azure Static Web Apps" },
  { suffix: ".azurewebsites.net", service: "Azure App Service / Functions" },
  { suffix: ".azure-api.net", service: "Azure API Management" },
  { suffix: ".azurefd.net", service: "Azure Front Door" },
  { suffix: ".azureedge.net", service: "Azure CDN" },
  { suffix: ".logic.azure.com", service: "Azure Logic Apps" },
  { suffix: ".cloudapp.net", service: "Azure cloud services (classic)" },
  { suffix: ".windows.net", service: "Azure storage / SQL" },
  { suffix: ".azure.com", service: "Azure" },
];

export type AzureHostMatch = { suffix: string; service: string };

/**
 * Which Azure hosting suffix the host ends with, or null. Accepts a bare host, host:port or a
 * URL, because hosts arrive both ways from definitions and forms.
 */
export function matchAzureHost(host: string): AzureHostMatch | null {
  const bare = normaliseHost(host);
  if (bare === "") return null;
  for (const entry of AZURE_HOST_SUFFIXES) {
    if (bare.endsWith(entry.suffix)) return entry;
  }
  return null;
}

function normaliseHost(host: string): string {
  let h = host.trim().toLowerCase();
  const schemeEnd = h.indexOf("://");
  if (schemeEnd >= 0) h = h.slice(schemeEnd + 3);
  const slash = h.indexOf("/");
  if (slash >= 0) h = h.slice(0, slash);
  const colon = h.lastIndexOf(":");
  if (colon >= 0) h = h.slice(0, colon);
  return h.endsWith(".") ? h.slice(0, -1) : h;
}
