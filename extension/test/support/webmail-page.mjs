// Loads a saved webmail page into jsdom under the webmail's real address and
// runs the extension's content scripts in it, as the service worker injects
// them into a tab.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { CONTENT_SCRIPTS } from "../../src/background/content-scripts.js";

const SOURCE_DIR = fileURLToPath(new URL("../../src/", import.meta.url));
const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Where each site's fixtures are served in tests (the adapter is chosen by this host). */
export const FIXTURE_URLS = Object.freeze({
  gmail: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkWmtest",
  outlook: "https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1test",
  "outlook-office": "https://outlook.office.com/mail/inbox/id/AAQkAGI2test",
  "yahoo-mail": "https://mail.yahoo.com/d/folders/1/messages/101",
  "yahoo-japan-mail": "https://mail.yahoo.co.jp/u/pc/f/message/AMmPqtest",
});

export function fixturePath(site, name) {
  return `${FIXTURE_DIR}${site}/${name}.html`;
}

export async function loadFixture(site, name, url = FIXTURE_URLS[site], options = {}) {
  return loadPage(await readFile(fixturePath(site, name), "utf8"), url, options);
}

/** Any HTML as a page at `url`, with the content scripts injected unless `inject` is false. */
export async function loadPage(html, url, { inject = true } = {}) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  // jsdom does not render srcdoc frames; a browser does, so write them in.
  for (const frame of dom.window.document.querySelectorAll("iframe[srcdoc]")) {
    frame.contentDocument.documentElement.innerHTML = frame.getAttribute("srcdoc");
  }
  if (inject) {
    for (const file of CONTENT_SCRIPTS) {
      dom.window.eval(await readFile(SOURCE_DIR + file, "utf8"));
    }
  }
  return dom;
}

/** What the extension reads from a saved page: the same object the service worker receives. */
export async function readSavedPage(site, name, url) {
  const dom = await loadFixture(site, name, url);
  try {
    // Cloned as executeScript clones a result out of the tab (and out of jsdom's realm).
    return structuredClone(dom.window.minukuPage.readOpenMessage());
  } finally {
    dom.window.close();
  }
}
