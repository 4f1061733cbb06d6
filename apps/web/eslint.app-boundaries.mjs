// apps/web renders and routes: pages, route handlers and server actions under app/ call functions of
// @connector-hub/db with the client (`someFunction(db(), ...)`), never the Prisma client itself. A self-contained
// block so it can move into the shared lint config as it is.
const DB_CLIENT_MESSAGE =
  "Pages and routes do not query the database: pass db() to a function of @connector-hub/db (add one under packages/db/src if none fits).";

export const appBoundaries = {
  files: ["app/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "@connector-hub/db", importNames: ["getDb", "Prisma", "PrismaClient"], message: DB_CLIENT_MESSAGE },
          { name: "@prisma/client", message: DB_CLIENT_MESSAGE },
        ],
        patterns: [{ group: ["@prisma/*", "**/generated/prisma/**"], message: DB_CLIENT_MESSAGE }],
      },
    ],
    "no-restricted-syntax": [
      "error",
      { selector: "MemberExpression[object.type='CallExpression'][object.callee.name='db']", message: DB_CLIENT_MESSAGE },
      { selector: "VariableDeclarator[init.type='CallExpression'][init.callee.name='db']", message: DB_CLIENT_MESSAGE },
    ],
  },
};
