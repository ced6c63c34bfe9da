// Behaviour under test: the options page shows the current settings in the
// chosen language, refuses a URL that is not http(s), asks for permission
// for a new service address and saves nothing when the user refuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fakeBrowser } from "../../support/fake-browser.mjs";
import { openOptions, until } from "../../support/popup-page.mjs";

function submit(doc) {
  doc.getElementById("options-form").dispatchEvent(new doc.defaultView.Event("submit", { cancelable: true }));
}

test("a fresh install shows the default service, the browser language and 'send the body' on, with the note", async () => {
  const { api } = fakeBrowser({ uiLanguage: "ja" });
  const doc = await openOptions(api);
  assert.equal(doc.getElementById("service-url").value, "http://localhost:8080");
  assert.equal(doc.getElementById("language").value, "browser");
  assert.equal(doc.getElementById("send-body").checked, true);
  assert.match(doc.getElementById("note-send-body").textContent, /サービスは本文を保存も記録もしません/);
  assert.equal(doc.getElementById("label-service-url").textContent, "サービスの URL");
});

test("saving a self-hosted service asks for its host permission, then stores it; the page switches language", async () => {
  const { api, calls } = fakeBrowser({ uiLanguage: "ja", grantedOrigins: ["http://localhost/*", "https://minuku.example.org/*"] });
  const doc = await openOptions(api);
  doc.getElementById("service-url").value = "https://minuku.example.org/";
  doc.getElementById("language").value = "en";
  doc.getElementById("send-body").checked = false;
  submit(doc);
  await until(() => doc.getElementById("save-status").textContent === "Saved.", "the save");
  assert.deepEqual(calls.permissionRequests, [["https://minuku.example.org/*"]]);
  assert.deepEqual(await api.storage.local.get(["serviceUrl", "language", "sendBody"]), { serviceUrl: "https://minuku.example.org", language: "en", sendBody: false });
  assert.equal(doc.documentElement.lang, "en");
  assert.equal(doc.getElementById("label-service-url").textContent, "Service URL");
});

test("nothing is saved when the user refuses access to the new service", async () => {
  const { api } = fakeBrowser({ uiLanguage: "en", grantedOrigins: ["http://localhost/*"] });
  const doc = await openOptions(api);
  doc.getElementById("service-url").value = "https://other.example.net";
  submit(doc);
  await until(() => doc.getElementById("save-status").textContent !== "", "the refusal");
  assert.equal(doc.getElementById("save-status").textContent, "Access to this service was not allowed, so nothing was saved.");
  assert.deepEqual(await api.storage.local.get("serviceUrl"), {});
});

test("a URL that is not http(s) is refused before any permission is asked", async () => {
  const { api, calls } = fakeBrowser({ uiLanguage: "en" });
  const doc = await openOptions(api);
  doc.getElementById("service-url").value = "javascript:alert(1)";
  submit(doc);
  await until(() => doc.getElementById("save-status").textContent !== "", "the refusal");
  assert.equal(doc.getElementById("save-status").textContent, "Enter a URL that starts with http:// or https://.");
  assert.deepEqual(calls.permissionRequests, []);
});
