// ESLint for the extension and its tests. src/ runs in browsers (pages and
// the service worker as modules, content scripts as classic scripts); test/
// and scripts/ run in Node.
import js from "@eslint/js";
import globals from "globals";

// Page and service text reaches the DOM through textContent only: any API
// that parses markup (every member with HTML in its name: the inner/outer
// setters, the insertAdjacent and setHTMLUnsafe methods; and the document's
// write/writeln) is an error in shipped code.
const NO_MARKUP = [
  "error",
  { selector: "MemberExpression[property.name=/HTML/]", message: "Build DOM nodes and set textContent; never parse page or service text as markup." },
  { selector: "CallExpression[callee.property.name=/^write(ln)?$/][callee.object.name='document']", message: "Writing into the document parses markup." },
];

export default [
  { ignores: ["node_modules/", "test-results/"] },
  js.configs.recommended,
  {
    files: ["src/**/*.js"],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.webextensions },
    },
    rules: {
      "no-restricted-syntax": NO_MARKUP,
      "no-implied-eval": "error",
      "no-new-func": "error",
      eqeqeq: "error",
    },
  },
  {
    files: ["src/content/**/*.js"],
    languageOptions: { sourceType: "script" },
  },
  {
    files: ["test/**/*.mjs", "scripts/**/*.mjs", "eslint.config.js"],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
    },
  },
  {
    // Functions handed to Playwright's evaluate() run in the popup or the service worker.
    files: ["test/e2e/**/*.mjs", "test/support/chromium.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
];
