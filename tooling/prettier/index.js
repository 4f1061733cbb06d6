// The one Prettier configuration (root package.json: "prettier": "@connector-hub/prettier-config").
/** @type {import("prettier").Config} */
export default {
  printWidth: 160,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  arrowParens: "always",
  endOfLine: "lf",
};
