// Behaviour under test: the two message catalogs (_locales/ja and en) hold
// the same keys, each with a description for translators; every $NAME$ in a
// message is a declared placeholder; and the pages' own translator fills
// placeholders the way chrome.i18n does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { resolveLanguage, translator } from "../../../src/shared/i18n.js";
import { readPackagedJson } from "../../support/fake-browser.mjs";

const ja = await readPackagedJson("_locales/ja/messages.json");
const en = await readPackagedJson("_locales/en/messages.json");
const SRC = fileURLToPath(new URL("../../../src/", import.meta.url));

test("Japanese and English have the same message keys", () => {
  assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
});

test("every message has a description and declares each placeholder it uses, with the same names in both languages", () => {
  for (const [language, catalog] of [["ja", ja], ["en", en]]) {
    for (const [key, entry] of Object.entries(catalog)) {
      assert.ok(entry.description?.length > 10, `${language}/${key} has a description`);
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
      assert.deepEqual(used, Object.keys(entry.placeholders ?? {}).sort(), `${language}/${key} declares its placeholders`);
    }
  }
  for (const key of Object.keys(ja)) {
    assert.deepEqual(Object.keys(ja[key].placeholders ?? {}).sort(), Object.keys(en[key].placeholders ?? {}).sort(), `${key} has the same placeholders in both`);
  }
});

test("every message key the code asks for exists", async () => {
  const files = (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith(".js") || f.endsWith(".json"));
  const asked = new Set();
  for (const file of files) {
    const text = await readFile(SRC + file, "utf8");
    for (const m of text.matchAll(/\bt\("([A-Za-z]+)"/g)) asked.add(m[1]);
    for (const m of text.matchAll(/__MSG_([A-Za-z]+)__/g)) asked.add(m[1]);
    // Keys kept in lookup tables: `scam: { word: "verdictScam" }`, `official: "linkStatusOfficial"`.
    for (const m of text.matchAll(/:\s*"([a-z]+[A-Z][A-Za-z]*)"/g)) asked.add(m[1]);
  }
  assert.ok(asked.size > 40, `found the keys in use (${asked.size})`);
  for (const key of asked) assert.ok(ja[key], `ja has ${key}`);
});

test("placeholders are filled from the arguments in order, and $$ is a dollar sign", () => {
  const t = translator(en);
  assert.equal(t("communityReports", 12, 9), "12 reports by 9 people");
  assert.equal(t("dangerLevel", 4), "Danger 4 of 5");
  assert.equal(translator({ price: { message: "$$5 for $WHO$", placeholders: { who: { content: "$1" } } } })("price", "you"), "$5 for you");
  assert.equal(translator(ja)("noSuchKey"), "noSuchKey");
});

test("the language option overrides the browser's; 'browser' follows it, Japanese or else English", () => {
  assert.equal(resolveLanguage("en", "ja"), "en");
  assert.equal(resolveLanguage("ja", "en-US"), "ja");
  assert.equal(resolveLanguage("browser", "ja-JP"), "ja");
  assert.equal(resolveLanguage("browser", "fr"), "en");
  assert.equal(resolveLanguage(undefined, undefined), "en");
});
