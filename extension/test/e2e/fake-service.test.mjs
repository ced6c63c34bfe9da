// Behaviour under test, in Debian's Chromium with the unpacked extension:
// each webmail's saved page is read by the real content scripts under its
// real hostname, the service worker asks a fake service (contract-shaped
// answers) for a verdict, the popup shows it, the badge shows it, the report
// button updates the count, a repeat report is not counted twice, the
// community tab loads, the inbox gives "open an email first", and a service
// that is down gives a friendly error. (The README's screenshots come from the
// real-service run.)
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { access } from "node:fs/promises";
import { CHROMIUM, launchExtension } from "../support/chromium.mjs";
import { startFakeService } from "../support/fake-service.mjs";

const chromiumMissing = await access(CHROMIUM).then(() => false, () => true);

describe("the extension in Chromium against a fake service", { skip: chromiumMissing && `no Chromium at ${CHROMIUM}: run extension/scripts/setup.sh` }, () => {
  let browser;
  let service;

  before(async () => {
    service = await startFakeService();
    browser = await launchExtension();
    await browser.setSettings({ serviceUrl: service.url });
  });

  after(async () => {
    await browser?.close();
    await service?.close();
  });

  for (const site of ["gmail", "outlook", "yahoo-mail", "yahoo-japan-mail"]) {
    test(`${site}: the open scam is read in the tab, checked, and shown as a scam with its badge`, async () => {
      const { page, tabId } = await browser.openWebmail(site, "scam");
      const popup = await browser.openPopup(tabId);
      assert.equal(await popup.locator("#panel-email").getAttribute("data-state"), "verdict");
      assert.equal(await popup.locator(".verdict-word").textContent(), "詐欺メールの可能性が高いです");
      const request = service.requests.findLast((r) => r.path === "/api/v1/analyze").body;
      assert.equal(request.from.address, "amazonjp@emailamazoncojp.cf");
      assert.equal(request.subject, "Amazonアカウントに異常があります。ご確認ください");
      assert.match(request.links.map((l) => l.href).join(" "), /amazon-verify\.account-check\.ml\/signin\?u=/);
      assert.doesNotMatch(request.body, /ご注文ありがとうございました/, "hidden text is not sent");
      assert.deepEqual(await browser.badge(tabId), { text: "!", title: "Minuku: 詐欺の可能性が高い" });
      await popup.close();
      await page.close();
    });
  }

  test("a genuine mail (last message of a thread) is shown with no warning signs", async () => {
    const { page, tabId } = await browser.openWebmail("gmail", "thread-genuine");
    const popup = await browser.openPopup(tabId);
    assert.equal(await popup.locator(".verdict-word").textContent(), "警告サインは見つかりませんでした");
    assert.equal(service.requests.findLast((r) => r.path === "/api/v1/analyze").body.from.address, "shipment-tracking@amazon.co.jp");
    assert.equal((await browser.badge(tabId)).text, "OK");
    await popup.close();
    await page.close();
  });

  test("'詐欺として報告' updates the count; reporting again is not counted twice", async () => {
    const { page, tabId } = await browser.openWebmail("gmail", "scam");
    const popup = await browser.openPopup(tabId);
    await popup.click("#report-scam");
    await popup.waitForSelector("#panel-email[data-reported='scam']");
    assert.equal(await popup.locator("#community-count").textContent(), "1 人が詐欺として報告");
    assert.equal(await popup.locator("#report-scam").isDisabled(), true);

    const again = await browser.openPopup(tabId);
    await again.click("#report-scam");
    await again.waitForSelector("#panel-email[data-reported='scam']");
    assert.equal(await again.locator("#community-count").textContent(), "1 人が詐欺として報告");
    assert.equal(await again.locator("#report-status").textContent(), "このメールは報告済みです(1 回だけ数えます)。");
    await again.close();
    await popup.close();
    await page.close();
  });

  test("the community tab lists reported domains, an official one first, as spoofing", async () => {
    const { page, tabId } = await browser.openWebmail("gmail", "scam");
    const popup = await browser.openPopup(tabId);
    await popup.click("#tab-community");
    await popup.waitForSelector("#panel-community[data-state='loaded']");
    assert.deepEqual(await popup.locator(".community-domain").allTextContents(), ["amazon.co.jp", "emailamazoncojp.cf", "milleporte.com"]);
    assert.match(await popup.locator(".community-item--official .spoofing").textContent(), /なりすまし/);
    await popup.close();
    await page.close();
  });

  test("the inbox gives 'open an email first', not an error", async () => {
    const { page, tabId } = await browser.openWebmail("outlook", "inbox");
    const popup = await browser.openPopup(tabId);
    assert.equal(await popup.locator("#panel-email").getAttribute("data-state"), "no-message");
    assert.equal(await popup.locator(".notice-title").textContent(), "メールが開かれていません");
    await popup.close();
    await page.close();
  });

  test("a service that is down is a friendly error naming its address", async () => {
    await browser.setSettings({ serviceUrl: "http://127.0.0.1:9" });
    try {
      const { page, tabId } = await browser.openWebmail("yahoo-mail", "scam");
      const popup = await browser.openPopup(tabId);
      assert.equal(await popup.locator("#panel-email").getAttribute("data-state"), "error");
      assert.match(await popup.locator(".notice-text").textContent(), /\(http:\/\/127\.0\.0\.1:9\) に接続できません/);
      await popup.close();
      await page.close();
    } finally {
      await browser.setSettings({ serviceUrl: service.url });
    }
  });
});
