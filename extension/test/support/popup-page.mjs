// The popup (or options page) in jsdom, wired to the real command table
// through a fake browser: real content scripts in a saved webmail page, a
// fake service over HTTP. Only the WebExtension API itself is a stand-in.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { createCommands, dispatch } from "../../src/background/commands.js";
import { translator } from "../../src/shared/i18n.js";
import { startPopup } from "../../src/popup/controller.js";
import { startOptions } from "../../src/options/controller.js";
import { fakeBrowser, readPackagedJson } from "./fake-browser.mjs";
import { FIXTURE_URLS, loadFixture } from "./webmail-page.mjs";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** A browser with one webmail tab (id 7) showing a saved page, and the service worker's commands behind sendMessage. */
export async function browserWithTab({ site = "gmail", fixture = "scam", local = {}, grantedOrigins, uiLanguage = "ja" } = {}) {
  const dom = await loadFixture(site, fixture, FIXTURE_URLS[site], { inject: false });
  let commands;
  const browser = fakeBrowser({
    tabs: { 7: { url: FIXTURE_URLS[site], dom } },
    local,
    grantedOrigins,
    uiLanguage,
    messageHandler: (message, sender) => dispatch(commands, message, sender, browser.api.runtime),
  });
  commands = createCommands({
    api: browser.api,
    fetchImpl: fetch,
    translatorFor: async (language) => translator(await readPackagedJson(`_locales/${language}/messages.json`)),
  });
  return { ...browser, webmail: dom };
}

async function page(file) {
  return new JSDOM(await readFile(SRC + file, "utf8"), { url: `chrome-extension://minukutestextensionid/${file}` });
}

/** Opens popup.html?tabId=7 and waits until its first check has been shown. */
export async function openPopup(api) {
  const dom = await page("popup/popup.html");
  await startPopup({ doc: dom.window.document, api, search: "?tabId=7", fetchJson: readPackagedJson });
  return dom.window.document;
}

export async function openOptions(api) {
  const dom = await page("options/options.html");
  await startOptions({ doc: dom.window.document, api, fetchJson: readPackagedJson });
  return dom.window.document;
}

/** Waits until `condition()` is true (the popup answers clicks asynchronously). */
export async function until(condition, what = "condition", timeoutMs = 3000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
