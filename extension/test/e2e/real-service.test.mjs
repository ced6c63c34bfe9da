// Behaviour under test, in Debian's Chromium with the unpacked extension and
// the real Minuku service on real PostgreSQL: the Amazon lookalike scam
// (sender emailamazoncojp.cf, link to an .ml host) is shown as a scam, a
// genuine amazon.co.jp notice with amazon.co.jp links as "no warning signs",
// and "詐欺として報告" raises the sender's count to at least 1, once. Saves the
// popup screenshots (ja, en) used by the README into docs/images/.
// Skips with a reason when there is neither MINUKU_E2E_SERVICE_URL nor a
// built service jar.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { access, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { CHROMIUM, launchExtension } from "../support/chromium.mjs";
import { realServiceUnavailable, startRealService } from "../support/real-service.mjs";

const IMAGES = fileURLToPath(new URL("../../../docs/images/", import.meta.url));
const chromiumMissing = await access(CHROMIUM).then(() => false, () => true);
const skip = chromiumMissing ? `no Chromium at ${CHROMIUM}: run extension/scripts/setup.sh` : await realServiceUnavailable();

/** The number in "N 人が詐欺として報告" (0 for "まだ誰も報告していません"). */
function reportCount(text) {
  if (text.startsWith("まだ")) return 0;
  const match = /(\d+) 人が詐欺として報告/.exec(text);
  assert.ok(match, `a report count in "${text}"`);
  return Number(match[1]);
}

describe("the extension in Chromium against the real service", { skip: skip ?? false }, () => {
  let browser;
  let service;

  before(async () => {
    service = await startRealService();
    browser = await launchExtension();
    await browser.setSettings({ serviceUrl: service.url, language: "ja" });
  });

  after(async () => {
    await browser?.close();
    await service?.close();
  });

  test("the Amazon lookalike scam is shown as a scam", async () => {
    const { page, tabId } = await browser.openWebmail("gmail", "scam");
    const popup = await browser.openPopup(tabId);
    assert.equal(await popup.locator("#panel-email").getAttribute("data-state"), "verdict", await popup.locator("main").textContent());
    assert.equal(await popup.locator(".verdict").getAttribute("data-verdict"), "scam");
    assert.equal(await popup.locator(".verdict-word").textContent(), "詐欺メールの可能性が高いです");
    assert.equal((await browser.badge(tabId)).text, "!");
    await popup.close();
    await page.close();
  });

  test("a genuine amazon.co.jp notice with amazon.co.jp links shows no warning signs", async () => {
    const { page, tabId } = await browser.openWebmail("yahoo-mail", "thread-genuine");
    const popup = await browser.openPopup(tabId);
    assert.equal(await popup.locator(".verdict").getAttribute("data-verdict"), "safe", await popup.locator("main").textContent());
    assert.equal(await popup.locator(".verdict-word").textContent(), "警告サインは見つかりませんでした");
    await popup.close();
    await page.close();
  });

  test("'詐欺として報告' raises the sender's count to at least 1, and a second report does not count twice", async () => {
    const { page, tabId } = await browser.openWebmail("gmail", "scam");
    const popup = await browser.openPopup(tabId);
    const before = reportCount(await popup.locator("#community-count").textContent());
    await popup.click("#report-scam");
    await popup.waitForFunction(() => {
      const panel = document.getElementById("panel-email");
      return panel.dataset.reported === "scam" || document.getElementById("report-status").textContent !== "";
    });
    assert.equal(await popup.locator("#panel-email").getAttribute("data-reported"), "scam", await popup.locator("#report-status").textContent());
    const after = reportCount(await popup.locator("#community-count").textContent());
    assert.ok(after >= 1 && after >= before, `count ${before} -> ${after}`);

    const again = await browser.openPopup(tabId);
    await again.click("#report-scam");
    await again.waitForSelector("#panel-email[data-reported='scam']");
    assert.equal(reportCount(await again.locator("#community-count").textContent()), after);
    assert.equal(await again.locator("#report-status").textContent(), "このメールは報告済みです(1 回だけ数えます)。");
    await again.close();
    await popup.close();
    await page.close();
  });

  test("screenshots of the popup in Japanese and English for the README", async () => {
    await mkdir(IMAGES, { recursive: true });
    for (const language of ["ja", "en"]) {
      await browser.setSettings({ language });
      const { page, tabId } = await browser.openWebmail("gmail", "scam");
      const popup = await browser.openPopup(tabId);
      assert.equal(await popup.locator(".verdict").getAttribute("data-verdict"), "scam");
      assert.equal(await popup.evaluate(() => document.documentElement.lang), language);
      await popup.screenshot({ path: `${IMAGES}popup-${language}.png`, fullPage: true });
      await popup.close();
      await page.close();
    }
    await browser.setSettings({ language: "ja" });
  });
});
