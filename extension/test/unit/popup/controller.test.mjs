// Behaviour under test: the popup as a whole, in jsdom, talking to the real
// command table (real content scripts in a saved Gmail page, a fake service
// over HTTP): it shows the verdict for the tab, the report button sends one
// report and shows the updated count, a repeat report is not counted twice,
// the community tab loads the list, and non-message pages and service
// failures give friendly states.
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { startFakeService } from "../../support/fake-service.mjs";
import { browserWithTab, openPopup, until } from "../../support/popup-page.mjs";

let service;
afterEach(async () => {
  await service?.close();
  service = null;
});

test("the popup checks the tab and shows the verdict in the chosen language", async () => {
  service = await startFakeService();
  const { api } = await browserWithTab({ local: { serviceUrl: service.url, language: "en" }, uiLanguage: "ja" });
  const doc = await openPopup(api);
  assert.equal(doc.documentElement.lang, "en");
  assert.equal(doc.getElementById("panel-email").dataset.state, "verdict");
  assert.equal(doc.querySelector(".verdict-word").textContent, "This looks like a scam");
  assert.equal(doc.getElementById("tab-community").textContent, "Community");
  assert.equal(service.requests[0].body.locale, "en");
});

test("'Report as scam' sends one report, shows the new count, and the button stays done", async () => {
  service = await startFakeService();
  const { api } = await browserWithTab({ local: { serviceUrl: service.url } });
  const doc = await openPopup(api);
  assert.equal(doc.getElementById("community-count").textContent, "まだ誰も報告していません");

  doc.getElementById("report-scam").click();
  await until(() => doc.getElementById("panel-email").dataset.reported === "scam", "the report");
  assert.equal(doc.getElementById("community-count").textContent, "1 人が詐欺として報告");
  assert.equal(doc.getElementById("report-status").textContent, "報告しました。ご協力ありがとうございます。");
  assert.equal(doc.getElementById("report-scam").textContent, "報告済み");
  assert.equal(doc.getElementById("report-scam").disabled, true);

  doc.getElementById("report-scam").click(); // disabled: no second request
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(service.requests.filter((r) => r.path === "/api/v1/reports").length, 1);
});

test("reporting the same email again from a new popup is answered 'already reported' and the count stays", async () => {
  service = await startFakeService();
  const { api } = await browserWithTab({ local: { serviceUrl: service.url } });
  const first = await openPopup(api);
  first.getElementById("report-scam").click();
  await until(() => first.getElementById("panel-email").dataset.reported === "scam", "the first report");

  const second = await openPopup(api);
  second.getElementById("report-scam").click();
  await until(() => second.getElementById("panel-email").dataset.reported === "scam", "the second report");
  assert.equal(second.getElementById("community-count").textContent, "1 人が詐欺として報告");
  assert.equal(second.getElementById("report-status").textContent, "このメールは報告済みです(1 回だけ数えます)。");
});

test("'Not a scam' sends feedback and thanks the user", async () => {
  service = await startFakeService();
  const { api } = await browserWithTab({ fixture: "thread-genuine", local: { serviceUrl: service.url, language: "en" } });
  const doc = await openPopup(api);
  assert.equal(doc.querySelector(".verdict-word").textContent, "No warning signs found");
  doc.getElementById("report-not-scam").click();
  await until(() => doc.getElementById("panel-email").dataset.reported === "not-scam", "the feedback");
  assert.equal(doc.getElementById("report-status").textContent, "Feedback sent. Thank you.");
  assert.equal(service.requests.find((r) => r.path === "/api/v1/reports").body.kind, "not-scam");
});

test("a failed report says why and lets the user try again", async () => {
  service = await startFakeService({ "POST /api/v1/reports": () => ({ status: 429, headers: { "Retry-After": "45" }, body: {} }) });
  const { api } = await browserWithTab({ local: { serviceUrl: service.url } });
  const doc = await openPopup(api);
  doc.getElementById("report-scam").click();
  await until(() => doc.getElementById("report-status").textContent !== "", "the error");
  assert.equal(doc.getElementById("report-status").textContent, "短い間に送信が多すぎます。45 秒ほど待ってからお試しください。");
  assert.equal(doc.getElementById("report-scam").disabled, false);
});

test("the community tab loads the reported domains once it is opened", async () => {
  service = await startFakeService();
  const { api } = await browserWithTab({ local: { serviceUrl: service.url } });
  const doc = await openPopup(api);
  assert.equal(doc.getElementById("panel-community").hidden, true);
  doc.getElementById("tab-community").click();
  await until(() => doc.getElementById("panel-community").dataset.state === "loaded", "the community list");
  assert.equal(doc.getElementById("panel-community").hidden, false);
  assert.equal(doc.getElementById("panel-email").hidden, true);
  assert.equal(doc.querySelectorAll(".community-item").length, 3);
  assert.equal(doc.querySelector(".community-item--official .spoofing").textContent, "amazon の公式ドメインです。報告は送信元のなりすましを示していると考えられます。");
});

test("on the inbox the popup says to open an email first, with a button to check again", async () => {
  service = await startFakeService();
  const { api } = await browserWithTab({ fixture: "inbox", local: { serviceUrl: service.url } });
  const doc = await openPopup(api);
  assert.equal(doc.getElementById("panel-email").dataset.state, "no-message");
  assert.equal(doc.querySelector(".notice-title").textContent, "メールが開かれていません");
  assert.equal(doc.querySelector(".notice-text").textContent, "確認したいメールを開いてから、もう一度ボタンを押してください。");
  assert.ok(doc.getElementById("check-again"));
});

test("when the service is down the popup names the address it tried", async () => {
  const { api } = await browserWithTab({ local: { serviceUrl: "http://127.0.0.1:9" } });
  const doc = await openPopup(api);
  assert.equal(doc.getElementById("panel-email").dataset.state, "error");
  assert.equal(doc.querySelector(".notice-text").textContent, "Minuku サービス (http://127.0.0.1:9) に接続できません。サービスが動いているか、設定の URL を確認してください。");
});
