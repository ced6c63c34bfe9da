// Behaviour under test: settings defaults (service at localhost:8080, body
// sent), the service URL check and its host permission pattern, and the
// reporter id made once per install.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_SETTINGS, normalizeServiceUrl, permissionPattern, readSettings, reporterId, saveSettings } from "../../../src/shared/settings.js";
import { fakeBrowser } from "../../support/fake-browser.mjs";

test("a fresh install uses http://localhost:8080, the browser's language and sends the body", async () => {
  const { api } = fakeBrowser();
  assert.deepEqual(await readSettings(api.storage.local), { serviceUrl: "http://localhost:8080", language: "browser", sendBody: true });
  assert.deepEqual(DEFAULT_SETTINGS, { serviceUrl: "http://localhost:8080", language: "browser", sendBody: true });
});

test("a service URL must be http(s) without query, fragment or credentials; a trailing slash is dropped", () => {
  assert.equal(normalizeServiceUrl(" https://minuku.example.org/ "), "https://minuku.example.org");
  assert.equal(normalizeServiceUrl("http://10.0.0.5:8080/minuku/"), "http://10.0.0.5:8080/minuku");
  for (const bad of ["", "minuku.example.org", "ftp://x.example", "javascript:alert(1)", "https://u:p@x.example", "https://x.example/?a=1", "https://x.example/#f"]) {
    assert.equal(normalizeServiceUrl(bad), null, bad);
  }
});

test("the permission pattern covers the service's host on every port, as both browsers' match patterns allow", () => {
  assert.equal(permissionPattern("http://localhost:8080"), "http://localhost/*");
  assert.equal(permissionPattern("https://minuku.example.org/base"), "https://minuku.example.org/*");
});

test("saving keeps only known values", async () => {
  const { api } = fakeBrowser();
  const saved = await saveSettings(api.storage.local, { serviceUrl: "https://m.example.org/", language: "klingon", sendBody: false, extra: 1 });
  assert.deepEqual(saved, { serviceUrl: "https://m.example.org", language: "browser", sendBody: false });
  assert.deepEqual(await readSettings(api.storage.local), saved);
});

test("the reporter id is a random UUID made once and then kept", async () => {
  const { api } = fakeBrowser();
  let made = 0;
  const uuid = () => `00000000-0000-4000-8000-00000000000${++made}`;
  const first = await reporterId(api.storage.local, uuid);
  const second = await reporterId(api.storage.local, uuid);
  assert.equal(first, "00000000-0000-4000-8000-000000000001");
  assert.equal(second, first);
  assert.equal(made, 1);
});
