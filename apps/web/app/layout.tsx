import type { Metadata } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header.tsx";
import "./globals.css";
import { Providers } from "./providers.tsx";

// Inter (SIL Open Font License, see app/fonts/LICENSE-inter.txt), served from the app itself: no font CDN.
const inter = localFont({ src: "./fonts/inter-latin-wght-normal.woff2", variable: "--font-inter", display: "swap" });

export const metadata: Metadata = {
  title: { default: "Connector Hub", template: "%s · Connector Hub" },
  description: "Your organization's Power Platform custom connectors: catalog, validation, sharing and governance.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">
        <Providers>
          <SiteHeader />
          <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
