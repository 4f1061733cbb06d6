// Rules for the Next.js app on top of the base: Next's own (recommended + Core Web Vitals) and the rules of hooks for
// its client components.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";

export const nextjsConfig = [
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  {
    files: ["**/*.tsx", "**/*.ts"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["**/*.tsx", "**/*.ts"],
    // A hook whose dependencies are wrong is a bug to fix, not a warning to scroll past.
    rules: { "react-hooks/exhaustive-deps": "error" },
  },
];
