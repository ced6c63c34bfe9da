// A small in-memory stand-in for the WebExtension API, enough for the
// service worker's command table and the popup/options controllers.
// Content scripts really run: scripting.executeScript evaluates the packaged
// files and the function's source inside a jsdom page, as Chrome does in a tab.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const SOURCE_DIR = fileURLToPath(new URL("../../src/", import.meta.url));
export const EXTENSION_ORIGIN = "chrome-extension://minukutestextensionid";

function storageArea(initial = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    async get(keys) {
      const wanted = keys === null || keys === undefined ? [...data.keys()] : Array.isArray(keys) ? keys : typeof keys === "string" ? [keys] : Object.keys(keys);
      const result = {};
      for (const key of wanted) if (data.has(key)) result[key] = structuredClone(data.get(key));
      return result;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
}

/**
 * tabs: { [id]: { url, dom } } where dom is a jsdom page (or absent for a
 * page the extension cannot script). grantedOrigins: host patterns granted.
 */
export function fakeBrowser({ tabs = {}, local = {}, uiLanguage = "ja", grantedOrigins = ["http://127.0.0.1/*", "http://localhost/*"], messageHandler = null } = {}) {
  const badge = new Map();
  const calls = { executeScript: 0, permissionRequests: [] };
  const api = {
    runtime: {
      id: "minukutestextensionid",
      getURL: (path) => `${EXTENSION_ORIGIN}/${path}`,
      async sendMessage(message) {
        const sender = { id: "minukutestextensionid", url: `${EXTENSION_ORIGIN}/popup/popup.html` };
        return messageHandler(message, sender);
      },
    },
    i18n: { getUILanguage: () => uiLanguage },
    storage: { local: storageArea(local), session: storageArea() },
    permissions: {
      async contains({ origins }) {
        return origins.every((origin) => grantedOrigins.includes(origin));
      },
      async request({ origins }) {
        calls.permissionRequests.push(origins);
        return origins.every((origin) => grantedOrigins.includes(origin));
      },
    },
    tabs: {
      async get(tabId) {
        if (!tabs[tabId]) throw new Error(`No tab with id: ${tabId}`);
        return { id: tabId, url: tabs[tabId].url };
      },
      async query() {
        const [id] = Object.keys(tabs);
        return id === undefined ? [] : [{ id: Number(id), url: tabs[id].url }];
      },
    },
    scripting: {
      async executeScript({ target, files, func }) {
        calls.executeScript += 1;
        const tab = tabs[target.tabId];
        if (!tab?.dom) throw new Error("Cannot access contents of the page");
        if (files) {
          for (const file of files) tab.dom.window.eval(await readFile(SOURCE_DIR + file, "utf8"));
          return files.map(() => ({ frameId: 0, result: undefined }));
        }
        // Chrome sends the function's source to the tab and clones the result back.
        return [{ frameId: 0, result: structuredClone(tab.dom.window.eval(`(${func.toString()})()`)) }];
      },
    },
    action: {
      async setBadgeText({ tabId, text }) {
        badge.set(tabId, { ...badge.get(tabId), text });
      },
      async setBadgeBackgroundColor({ tabId, color }) {
        badge.set(tabId, { ...badge.get(tabId), color });
      },
      async setTitle({ tabId, title }) {
        badge.set(tabId, { ...badge.get(tabId), title });
      },
    },
  };
  return { api, badge, calls };
}

/** Reads a packaged file of the extension (messages.json) as the pages' fetch does. */
export async function readPackagedJson(path) {
  return JSON.parse(await readFile(SOURCE_DIR + path, "utf8"));
}
