// Behaviour under test: the service worker's command table. "check" reads
// the open email in the tab (the real content scripts run in a saved
// webmail page) and asks a fake service for a verdict with a contract-shaped
// request; the badge shows the verdict; "report" sends the one-click report
// with the install's reporter id; "community" lists reported domains; every
// service failure becomes a kind the popup can word; only the extension's
// own pages may give commands.
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createCommands, dispatch } from "../../../src/background/commands.js";
import { translator } from "../../../src/shared/i18n.js";
import { EXTENSION_ORIGIN, fakeBrowser, readPackagedJson } from "../../support/fake-browser.mjs";
import { startFakeService } from "../../support/fake-service.mjs";
import { FIXTURE_URLS, loadFixture } from "../../support/webmail-page.mjs";

const POPUP = { id: "minukutestextensionid", url: `${EXTENSION_ORIGIN}/popup/popup.html?tabId=7` };
const translatorFor = async (language) => translator(await readPackagedJson(`_locales/${language}/messages.json`));

let service;
let pages = [];

async function setup({ site = "gmail", fixture = "scam", url = FIXTURE_URLS[site], routes = {}, local = {}, grantedOrigins } = {}) {
  service = await startFakeService(routes);
  const dom = await loadFixture(site, fixture, url, { inject: false });
  pages.push(dom);
  const browser = fakeBrowser({ tabs: { 7: { url, dom } }, local: { serviceUrl: service.url, ...local }, grantedOrigins });
  const commands = createCommands({ api: browser.api, fetchImpl: fetch, translatorFor });
  const run = (command, args) => dispatch(commands, { command, args }, POPUP, browser.api.runtime);
  return { ...browser, commands, run };
}

beforeEach(() => {
  pages = [];
});

afterEach(async () => {
  for (const dom of pages) dom.window.close();
  await service?.close();
  service = null;
});

describe("check", () => {
  test("sends the open email to /analyze as the contract asks and returns the verdict", async () => {
    const { run } = await setup();
    const answer = await run("check", { tabId: 7 });

    assert.equal(answer.ok, true);
    assert.equal(answer.state, "verdict");
    assert.equal(answer.site, "gmail");
    assert.deepEqual(answer.email, { from: { name: "Amazon.co.jp", address: "amazonjp@emailamazoncojp.cf" }, subject: "Amazonアカウントに異常があります。ご確認ください" });
    assert.equal(answer.result.verdict, "scam");

    assert.equal(service.requests.length, 1);
    const [request] = service.requests;
    assert.equal(request.method, "POST");
    assert.equal(request.path, "/api/v1/analyze");
    assert.equal(request.headers["content-type"], "application/json");
    assert.deepEqual(Object.keys(request.body).sort(), ["body", "from", "links", "locale", "subject", "to"]);
    assert.deepEqual(request.body.from, { name: "Amazon.co.jp", address: "amazonjp@emailamazoncojp.cf" });
    assert.equal(request.body.to, "hanako.yamada@gmail.com");
    assert.equal(request.body.locale, "ja");
    assert.match(request.body.body, /24時間以内に所有権を証明しない場合/);
    assert.deepEqual(request.body.links[1], { href: "https://amazon-verify.account-check.ml/signin?u=hanako.yamada@gmail.com", text: "所有権を証明する" });
  });

  test("shows the verdict on the tab's toolbar badge", async () => {
    const { run, badge } = await setup();
    await run("check", { tabId: 7 });
    assert.deepEqual(badge.get(7), { text: "!", color: "#c62828", title: "Minuku: 詐欺の可能性が高い" });
  });

  test("a genuine mail gets the no-warning badge", async () => {
    const { run, badge } = await setup({ fixture: "thread-genuine" });
    const answer = await run("check", { tabId: 7 });
    assert.equal(answer.result.verdict, "safe");
    assert.equal(service.requests[0].body.from.address, "shipment-tracking@amazon.co.jp");
    assert.equal(badge.get(7).text, "OK");
  });

  test("leaves the body out when the user turned sending it off, and asks in the chosen language", async () => {
    const { run } = await setup({ local: { sendBody: false, language: "en" } });
    await run("check", { tabId: 7 });
    const { body } = service.requests[0];
    assert.equal("body" in body, false);
    assert.equal(body.locale, "en");
    assert.equal(body.links.length, 3);
  });

  test("cuts an oversized mail to the API's limits instead of having it refused", async () => {
    const { run } = await setup({ fixture: "no-links" });
    const dom = pages[0];
    const body = dom.window.document.querySelector("div.a3s");
    body.textContent = "長".repeat(150_000);
    for (let i = 0; i < 600; i++) {
      const a = dom.window.document.createElement("a");
      a.href = `https://example.com/${i}`;
      a.textContent = `link ${i}`;
      body.append(a);
    }
    await run("check", { tabId: 7 });
    const request = service.requests[0].body;
    assert.equal(request.body.length, 100_000);
    assert.equal(request.links.length, 500);
  });

  test("the inbox gives the 'open an email first' state without calling the service", async () => {
    const { run, badge } = await setup({ fixture: "inbox" });
    assert.deepEqual(await run("check", { tabId: 7 }), { ok: true, state: "no-message", site: "gmail" });
    assert.equal(service.requests.length, 0);
    assert.equal(badge.get(7).text, "");
  });

  test("a page that is not a supported webmail is 'unsupported' and nothing is injected into it", async () => {
    const { run, calls } = await setup({ url: "https://example.com/mail/inbox" });
    assert.deepEqual(await run("check", { tabId: 7 }), { ok: true, state: "unsupported" });
    assert.equal(calls.executeScript, 0);
    assert.equal(service.requests.length, 0);
  });
});

describe("service failures become friendly error kinds", () => {
  test("a service that is down is 'unreachable'", async () => {
    const { run, api } = await setup();
    await api.storage.local.set({ serviceUrl: "http://127.0.0.1:9" });
    const answer = await run("check", { tabId: 7 });
    assert.deepEqual(answer, { ok: false, error: { kind: "unreachable", status: null, retryAfter: null, detail: null } });
  });

  test("429 is 'rate-limited' with the seconds from Retry-After", async () => {
    const { run } = await setup({
      routes: { "POST /api/v1/analyze": () => ({ status: 429, headers: { "Retry-After": "30" }, body: { type: "about:blank", title: "Too Many Requests", status: 429 } }) },
    });
    assert.deepEqual(await run("check", { tabId: 7 }), { ok: false, error: { kind: "rate-limited", status: 429, retryAfter: 30, detail: null } });
  });

  test("a 400 problem body is 'rejected' with its field errors as the detail", async () => {
    const problem = { type: "about:blank", title: "Bad Request", status: 400, detail: "invalid request", errors: [{ field: "subject", message: "at most 1000 characters" }] };
    const { run } = await setup({ routes: { "POST /api/v1/analyze": () => ({ status: 400, body: problem }) } });
    assert.deepEqual(await run("check", { tabId: 7 }), { ok: false, error: { kind: "rejected", status: 400, retryAfter: null, detail: "subject: at most 1000 characters" } });
  });

  test("a 500 or an answer that is not the contract's JSON is a 'server' error", async () => {
    const { run } = await setup({ routes: { "POST /api/v1/analyze": () => ({ status: 500, body: {} }) } });
    assert.equal((await run("check", { tabId: 7 })).error.kind, "server");
    await service.close();
    const again = await setup({ routes: { "POST /api/v1/analyze": () => ({ status: 200, raw: "<html>proxy login</html>", contentType: "text/html" }) } });
    assert.equal((await again.run("check", { tabId: 7 })).error.kind, "server");
  });

  test("a configured service the user has not allowed is 'not-allowed' and is not called", async () => {
    const { run, api } = await setup({ grantedOrigins: ["http://localhost/*"] });
    await api.storage.local.set({ serviceUrl: "https://minuku.example.org" });
    assert.equal((await run("check", { tabId: 7 })).error.kind, "not-allowed");
    assert.equal(service.requests.length, 0);
  });
});

describe("report", () => {
  test("sends sender, subject, links, the install's reporter id and the kind — never the body or recipient", async () => {
    const { run, api } = await setup();
    await run("check", { tabId: 7 });
    const answer = await run("report", { tabId: 7, kind: "scam" });

    assert.deepEqual(answer, { ok: true, state: "reported", kind: "scam", created: true, senderDomain: "emailamazoncojp.cf", communityReports: 1 });
    const request = service.requests.find((r) => r.path === "/api/v1/reports");
    const { reporterId } = await api.storage.local.get("reporterId");
    assert.match(reporterId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(request.body, {
      from: { name: "Amazon.co.jp", address: "amazonjp@emailamazoncojp.cf" },
      subject: "Amazonアカウントに異常があります。ご確認ください",
      links: [
        { href: "https://amazon-verify.account-check.ml/", text: "Amazon.co.jp" },
        { href: "https://amazon-verify.account-check.ml/signin?u=hanako.yamada@gmail.com", text: "所有権を証明する" },
        { href: "https://www.amazon.co.jp/gp/help/customer/display.html", text: "https://www.amazon.co.jp/gp/help/customer/display.html" },
      ],
      reporter: reporterId,
      kind: "scam",
    });
  });

  test("a second report of the same email keeps the same reporter id and is not counted twice", async () => {
    const { run } = await setup();
    await run("check", { tabId: 7 });
    const first = await run("report", { tabId: 7, kind: "scam" });
    const second = await run("report", { tabId: 7, kind: "scam" });
    const [a, b] = service.requests.filter((r) => r.path === "/api/v1/reports");
    assert.equal(a.body.reporter, b.body.reporter);
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal(second.communityReports, first.communityReports);
  });

  test("'not a scam' is sent as feedback of kind not-scam", async () => {
    const { run } = await setup({ fixture: "thread-genuine" });
    await run("check", { tabId: 7 });
    const answer = await run("report", { tabId: 7, kind: "not-scam" });
    assert.equal(answer.kind, "not-scam");
    assert.equal(service.requests.find((r) => r.path === "/api/v1/reports").body.kind, "not-scam");
  });

  test("a report before any check asks for a check first and sends nothing", async () => {
    const { run } = await setup();
    assert.deepEqual(await run("report", { tabId: 7, kind: "scam" }), { ok: true, state: "needs-check" });
    assert.equal(service.requests.length, 0);
  });

  test("a 429 on a report is 'rate-limited'", async () => {
    const { run } = await setup({ routes: { "POST /api/v1/reports": () => ({ status: 429, headers: { "Retry-After": "120" }, body: {} }) } });
    await run("check", { tabId: 7 });
    assert.deepEqual((await run("report", { tabId: 7, kind: "scam" })).error, { kind: "rate-limited", status: 429, retryAfter: 120, detail: null });
  });
});

test("community lists the reported domains from GET /community/domains?days=30&limit=50, spoofed official domains first", async () => {
  const { run } = await setup();
  const answer = await run("community");
  assert.equal(answer.ok, true);
  assert.deepEqual(answer.domains.map((d) => [d.domain, d.reporters, d.officialFor]), [
    ["amazon.co.jp", 3, "amazon"],
    ["emailamazoncojp.cf", 9, null],
    ["milleporte.com", 4, null],
  ]);
  assert.equal(service.requests[0].path, "/api/v1/community/domains");
  assert.equal(service.requests[0].query, "?days=30&limit=50");
});

describe("the command table checks who asks", () => {
  test("a content script in a webmail page may not give commands", async () => {
    const { commands, api } = await setup();
    const fromPage = { id: "minukutestextensionid", url: FIXTURE_URLS.gmail, tab: { id: 7 } };
    assert.deepEqual(await dispatch(commands, { command: "check", args: { tabId: 7 } }, fromPage, api.runtime), { ok: false, error: { kind: "forbidden" } });
    assert.equal(service.requests.length, 0);
  });

  test("another extension may not give commands", async () => {
    const { commands, api } = await setup();
    const other = { id: "someotherextension", url: "chrome-extension://someotherextension/popup.html" };
    assert.deepEqual(await dispatch(commands, { command: "community" }, other, api.runtime), { ok: false, error: { kind: "forbidden" } });
  });

  test("an unknown or inherited command name is refused", async () => {
    const { run } = await setup();
    assert.deepEqual(await run("deleteEverything"), { ok: false, error: { kind: "unknown-command" } });
    assert.deepEqual(await run("constructor"), { ok: false, error: { kind: "unknown-command" } });
  });
});
