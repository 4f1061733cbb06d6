// Stands in for the "server-only" marker under vitest, which runs server modules outside a React server bundle.
export {};
