import type { AuthType, Hosting, Lifecycle, SharingScope } from "../generated/prisma/enums.ts";

/** What a maker may say about a new connector beside its definition (the wizard's answers); each defaults to the definition's. */
export interface ConnectorAnswers {
  title?: string;
  publisher?: string;
  hosting?: Hosting;
  gatewayName?: string | null;
  authType?: AuthType;
  scope?: SharingScope;
  lifecycle?: Lifecycle;
  isSample?: boolean;
  brandColor?: string;
}
