// The ESLint configuration every workspace extends: `export default baseConfig(import.meta.dirname)` in its
// eslint.config.mjs. Type-aware rules use the workspace's own tsconfig.json (typescript-eslint's project service).
import comments from "@eslint-community/eslint-plugin-eslint-comments/configs";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/generated/**", "**/coverage/**", "**/.test-results/**", "**/next-env.d.ts"],
};

/**
 * Type-aware rules worth the cost of a type-checked lint: each catches a bug tsc lets through (a promise nobody
 * awaits, an async function where a void callback is expected, `await` of a non-promise).
 */
const typeAwareRules = {
  "@typescript-eslint/no-floating-promises": "error",
  "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
  "@typescript-eslint/await-thenable": "error",
  "@typescript-eslint/no-for-in-array": "error",
  "@typescript-eslint/require-await": "off",
};

/** @param {string} tsconfigRootDir the workspace's folder (import.meta.dirname of its eslint.config.mjs) */
export function baseConfig(tsconfigRootDir) {
  return tseslint.config(
    ignores,
    ...tseslint.configs.recommended,
    {
      files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"],
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir } },
      rules: typeAwareRules,
    },
    {
      plugins: { "import-x": importX },
      settings: {
        // Without these import-x reads only .js modules, and a cycle through .ts files goes unseen.
        "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
        "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
        "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true, project: `${tsconfigRootDir}/tsconfig.json` })],
      },
      rules: {
        // A cycle between modules makes load order decide what is undefined at import time; none is needed.
        "import-x/no-cycle": ["error", { ignoreExternal: true }],
        "import-x/no-self-import": "error",
        "import-x/no-duplicates": "error",
      },
    },
    comments.recommended,
    {
      rules: {
        // A disabled rule says why, after `--`: `// eslint-disable-next-line rule -- the reason`.
        "@eslint-community/eslint-comments/require-description": ["error", { ignore: [] }],
        "@eslint-community/eslint-comments/no-unused-disable": "error",
      },
    },
    {
      linterOptions: { reportUnusedDisableDirectives: "error" },
      rules: {
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/ban-ts-comment": "error",
      },
    },
  );
}
