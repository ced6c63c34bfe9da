// Behaviour under test: the popup's parts built from a service answer: the
// verdict in words and colour (never promising safety), danger stars, the
// claimed brand, key points, sender and community count, every link with
// the domain it really goes to and its status, advice, report buttons, the
// community list with official domains shown as spoofing, and error words.
// Service and page text must stay text: nothing is parsed as markup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { communityCountText, errorText, renderCommunity, renderVerdict, stars } from "../../../src/popup/view.js";
import { translator } from "../../../src/shared/i18n.js";
import { readPackagedJson } from "../../support/fake-browser.mjs";
import { COMMUNITY_DOMAINS, safeVerdict, scamVerdict } from "../../support/fake-service.mjs";

const ja = translator(await readPackagedJson("_locales/ja/messages.json"));
const en = translator(await readPackagedJson("_locales/en/messages.json"));
const doc = new JSDOM("<!DOCTYPE html><body></body>").window.document;
const email = { from: { name: "Amazon.co.jp", address: "amazonjp@emailamazoncojp.cf" }, subject: "Amazonアカウントに異常があります" };
const texts = (root, selector) => [...root.querySelectorAll(selector)].map((node) => node.textContent);

test("a scam verdict shows its words in red, five stars, the claimed brand and the key points", () => {
  const view = renderVerdict(doc, ja, { email, result: scamVerdict() });
  const verdict = view.querySelector(".verdict");
  assert.ok(verdict.classList.contains("verdict--scam"));
  assert.equal(view.querySelector(".verdict-word").textContent, "詐欺メールの可能性が高いです");
  assert.equal(view.querySelector(".stars").textContent, "★★★★★");
  assert.equal(view.querySelector(".stars").getAttribute("aria-label"), "危険度 5 / 5");
  assert.equal(view.querySelector(".brand").textContent, "名乗っているブランド: Amazon");
  assert.deepEqual(texts(view, ".points li"), scamVerdict().keyPoints);
  assert.deepEqual(texts(view, ".advice-list li"), scamVerdict().advice);
});

test("every link shows its text, the domain it really goes to (registrable part apart) and its status", () => {
  const view = renderVerdict(doc, ja, { email, result: scamVerdict() });
  const [first, second] = view.querySelectorAll(".link");
  assert.equal(first.querySelector(".link-text").textContent, "所有権を証明する");
  assert.equal(first.querySelector(".link-text").getAttribute("title"), "https://amazon-verify.account-check.ml/signin?u=hanako.yamada@gmail.com");
  assert.equal(first.querySelector(".link-domain-prefix").textContent, "amazon-verify.");
  assert.equal(first.querySelector(".link-domain strong").textContent, "account-check.ml");
  assert.equal(first.querySelector(".link-arrow").getAttribute("aria-label"), "行き先: amazon-verify.account-check.ml");
  assert.equal(first.querySelector(".badge").textContent, "なりすまし");
  assert.equal(second.querySelector(".link-domain").textContent, "www.amazon.co.jp");
  assert.equal(second.querySelector(".badge").textContent, "公式");
  assert.equal(view.querySelectorAll(".link").length, 2);
});

test("the sender line shows the name, the address, its status and the community count", () => {
  const result = scamVerdict({ sender: { ...scamVerdict().sender, communityReports: 4 } });
  const view = renderVerdict(doc, ja, { email, result });
  assert.equal(view.querySelector(".sender-name").textContent, "Amazon.co.jp");
  assert.equal(view.querySelector(".sender-address").textContent, "amazonjp@emailamazoncojp.cf");
  assert.equal(view.querySelector(".sender .badge").textContent, "なりすましドメイン");
  assert.equal(view.querySelector("#community-count").textContent, "4 人が詐欺として報告");
});

test("the report buttons are there, in Japanese and in English", () => {
  const jaView = renderVerdict(doc, ja, { email, result: scamVerdict() });
  assert.deepEqual([jaView.querySelector("#report-scam").textContent, jaView.querySelector("#report-not-scam").textContent], ["詐欺として報告", "詐欺ではない"]);
  const enView = renderVerdict(doc, en, { email, result: scamVerdict() });
  assert.deepEqual([enView.querySelector("#report-scam").textContent, enView.querySelector("#report-not-scam").textContent], ["Report as scam", "Not a scam"]);
});

test("no warning signs is worded as such, in green-grey, with a note that it is no guarantee", () => {
  for (const [t, word, note] of [
    [ja, "警告サインは見つかりませんでした", /保証するものではありません/],
    [en, "No warning signs found", /not a guarantee/],
  ]) {
    const view = renderVerdict(doc, t, { email, result: safeVerdict() });
    assert.ok(view.querySelector(".verdict").classList.contains("verdict--safe"));
    assert.equal(view.querySelector(".verdict-word").textContent, word);
    assert.match(view.querySelector(".verdict-note").textContent, note);
    assert.equal(view.querySelector(".stars").textContent, "★☆☆☆☆");
    assert.doesNotMatch(view.textContent, /安全です|is safe|guaranteed safe/i);
    assert.equal(view.querySelector(".key-points"), null, "no key points section when there are none");
  }
});

test("a suspicious verdict is amber and a mail without links says so", () => {
  const view = renderVerdict(doc, en, { email, result: scamVerdict({ verdict: "suspicious", danger: 3, links: [], brand: null }) });
  assert.ok(view.querySelector(".verdict").classList.contains("verdict--suspicious"));
  assert.equal(view.querySelector(".verdict-word").textContent, "Be careful: warning signs found");
  assert.equal(view.querySelector(".stars").textContent, "★★★☆☆");
  assert.equal(view.querySelector(".brand"), null);
  assert.equal(view.querySelector(".links .muted").textContent, "No links");
});

test("markup in page or service text is shown as text, never turned into elements", () => {
  const hostile = "<img src=x onerror=alert(1)><b>bold</b>";
  const result = scamVerdict({
    keyPoints: [hostile],
    advice: [hostile],
    brand: { id: "x", name: hostile },
    links: [{ href: "javascript:alert(1)", text: hostile, host: "", registrableDomain: "", status: "suspicious", findings: [] }],
  });
  const view = renderVerdict(doc, en, { email: { from: { name: hostile, address: "a@b.example" } }, result });
  assert.equal(view.querySelectorAll("img, b, script").length, 0);
  assert.equal(view.querySelector(".points li").textContent, hostile);
  assert.equal(view.querySelector(".sender-name").textContent, hostile);
  assert.equal(view.querySelector(".link-text").textContent, hostile);
  assert.equal(view.querySelector(".link-domain").textContent, "javascript:alert(1)");
  const list = renderCommunity(doc, en, [{ domain: hostile, reports: 1, reporters: 1, officialFor: hostile, sampleSubjects: [hostile] }]);
  assert.equal(list.querySelectorAll("img, b, script").length, 0);
});

test("stars clamp the danger to 1-5", () => {
  assert.deepEqual(stars(4), { level: 4, text: "★★★★☆" });
  assert.deepEqual(stars(0), { level: 1, text: "★☆☆☆☆" });
  assert.deepEqual(stars(9), { level: 5, text: "★★★★★" });
  assert.deepEqual(stars(undefined), { level: 1, text: "★☆☆☆☆" });
});

test("the community count reads naturally for none, one and many, and says when reports are unavailable", () => {
  assert.equal(communityCountText(en, 0), "Nobody has reported this sender yet");
  assert.equal(communityCountText(en, 1), "Reported as a scam by 1 person");
  assert.equal(communityCountText(en, 7), "Reported as a scam by 7 people");
  const view = renderVerdict(doc, ja, { email, result: scamVerdict({ communityAvailable: false }) });
  assert.equal(view.querySelector("#community-count").textContent, "みんなの報告は現在表示できません");
});

test("the community list shows each domain with its reporters; an official domain is a spoofing warning, not a scam", () => {
  const list = renderCommunity(doc, ja, COMMUNITY_DOMAINS);
  const items = [...list.querySelectorAll(".community-item")];
  assert.deepEqual(items.map((item) => item.querySelector(".community-domain").textContent), ["emailamazoncojp.cf", "milleporte.com", "amazon.co.jp"]);
  assert.deepEqual(items.map((item) => item.querySelector(".community-reporters").textContent), ["9 人", "4 人", "3 人"]);
  assert.equal(items[0].querySelector(".community-reporters").getAttribute("title"), "報告 12 件 (9 人)");
  assert.equal(items[0].querySelector(".spoofing"), null);
  assert.equal(items[1].querySelector(".community-sample").textContent, "件名の例: お支払い方法の利用承認が得られませんでした");
  assert.ok(items[2].classList.contains("community-item--official"));
  assert.equal(items[2].querySelector(".spoofing").textContent, "amazon の公式ドメインです。報告は送信元のなりすましを示していると考えられます。");
  assert.equal(renderCommunity(doc, en, []).textContent, "No reports yet.");
});

test("service errors are worded kindly: down, 429 with its wait, 4xx with the service's reason, anything else", () => {
  assert.equal(errorText(en, { kind: "unreachable" }, "http://localhost:8080"), "Cannot reach the Minuku service at http://localhost:8080. Check that it is running and the URL in the options.");
  assert.equal(errorText(ja, { kind: "rate-limited", retryAfter: 30 }), "短い間に送信が多すぎます。30 秒ほど待ってからお試しください。");
  assert.equal(errorText(en, { kind: "rejected", status: 400, detail: "subject: at most 1000 characters" }), "The service did not accept this email: subject: at most 1000 characters");
  assert.equal(errorText(en, { kind: "rejected", status: 413, detail: null }), "The service did not accept this email: HTTP 413");
  assert.equal(errorText(en, { kind: "not-allowed" }, "https://m.example.org"), "Access to the service at https://m.example.org is not allowed. Open the options and save again.");
  assert.equal(errorText(en, { kind: "server", status: 500 }), "The service had a problem. Please try again later.");
  assert.equal(errorText(en, { kind: "internal" }), "The service had a problem. Please try again later.");
});
