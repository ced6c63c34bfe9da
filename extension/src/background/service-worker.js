// Background entry point (a service worker in Chrome, an event page in
// Firefox). It owns every call to the service and answers the popup through
// the command table; it keeps no state of its own between events.

import { api } from "../shared/browser-api.js";
import { loadCatalog, resolveLanguage, translator } from "../shared/i18n.js";
import { readSettings, reporterId } from "../shared/settings.js";
import { clearVerdict } from "./badge.js";
import { createCommands, dispatch } from "./commands.js";

async function translatorFor(language) {
  const catalog = await loadCatalog(language, async (path) => (await fetch(api.runtime.getURL(path))).json());
  return translator(catalog);
}

const commands = createCommands({ api, fetchImpl: (...args) => fetch(...args), translatorFor });

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  dispatch(commands, message, sender, api.runtime).then(sendResponse);
  return true; // the answer comes asynchronously
});

api.runtime.onInstalled.addListener(() => {
  reporterId(api.storage.local);
});

// A verdict belongs to the message it was made for: clear it when the tab
// moves on (webmails change message by changing the URL's path or hash).
api.tabs.onUpdated.addListener(async (tabId, changeInfo) => {
  if (!changeInfo.url) return;
  await api.storage.session.remove(`message:${tabId}`);
  const { language } = await readSettings(api.storage.local);
  await clearVerdict(api.action, tabId, await translatorFor(resolveLanguage(language, api.i18n.getUILanguage())));
});

api.tabs.onRemoved.addListener((tabId) => {
  api.storage.session.remove(`message:${tabId}`);
});
