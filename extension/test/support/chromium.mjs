// Debian's Chromium with the unpacked extension loaded (src/), driven by
// playwright-core. Webmail addresses are answered from the saved pages by
// request interception, so the content scripts see the real hostnames
// (https://mail.google.com/...) and no request leaves the machine.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { FIXTURE_URLS, fixturePath } from "./webmail-page.mjs";

export const EXTENSION_DIR = fileURLToPath(new URL("../../src/", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WEBMAIL = /^https:\/\/(mail\.google\.com|outlook\.live\.com|outlook\.office\.com|mail\.yahoo\.com|mail\.yahoo\.co\.jp)\//;

export async function launchExtension() {
  const userDataDir = await mkdtemp(join(tmpdir(), "minuku-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: "ja-JP",
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-gpu",
      "--no-sandbox",
      "--lang=ja",
    ],
  });

  const served = new Map(); // URL without #fragment (never sent to a server) -> saved page HTML
  const withoutFragment = (url) => url.split("#")[0];
  await context.route(WEBMAIL, async (route) => {
    const html = served.get(withoutFragment(route.request().url()));
    if (html) await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    else await route.fulfill({ status: 404, contentType: "text/plain", body: "not a saved page" });
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,

    /** Runs `fn(arg)` in the extension's service worker (it has the chrome.* API). */
    inWorker(fn, arg) {
      return worker.evaluate(fn, arg);
    },

    async setSettings(settings) {
      await worker.evaluate((s) => chrome.storage.local.set(s), settings);
    },

    /** Opens a saved webmail page at its real address; returns the page and its tab id. */
    async openWebmail(site, fixture, url = FIXTURE_URLS[site]) {
      served.set(withoutFragment(url), await readFile(fixturePath(site.replace("outlook-office", "outlook"), fixture), "utf8"));
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await worker.evaluate(async (address) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === address)?.id ?? null;
      }, url);
      if (tabId === null) throw new Error(`no tab found for ${url}`);
      return { page, tabId };
    },

    /** Opens the popup as a page for that tab (the toolbar button cannot be clicked from a test). */
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tabId=${tabId}`);
      await popup.waitForFunction(() => !["starting", "checking"].includes(document.getElementById("panel-email")?.dataset.state));
      return popup;
    },

    async badge(tabId) {
      return worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
    },

    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
