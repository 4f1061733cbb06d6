import type { Metadata } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header.tsx";
import "./globals.css";
import { Providers } from "./providers.tsx";

// Inter (SIL Open Font License, see app/fonts/LICENSE-inter.txt), served from the app itself: no font CDN.
// Variable fonts: one file per script carries every weight (100-900), so bold Cyrillic is real Inter bold. The Latin
// file lacks Cyrillic glyphs, so the browser takes them (and Latin Extended ones) from the second family per character.
const inter = localFont({ src: "./fonts/inter-latin-wght-normal.woff2", variable: "--font-inter", display: "swap", weight: "100 900" });
const interExtra = localFont({
  src: [
    { path: "./fonts/inter-cyrillic-wght-normal.woff2", weight: "100 900", style: "normal" },
    { path: "./fonts/inter-latin-ext-wght-normal.woff2", weight: "100 900", style: "normal" },
  ],
  variable: "--font-inter-extra",
  display: "swap",
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0301, U+0400-045F, U+0460-052F, U+0490-0491, U+04B0-04B1, U+1C80-1C8A, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2116, U+2C60-2C7F, U+A640-A69F, U+A720-A7FF",
    },
  ],
});

export const metadata: Metadata = {
  title: { default: "Connector Hub", template: "%s · Connector Hub" },
  description: "Your organization's Power Platform custom connectors: catalog, validation, sharing and governance.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${interExtra.variable}`}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand"
        >
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-6 py-8">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
