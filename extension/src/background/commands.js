// The one message table of the extension: the popup asks the service worker
// for a command by name, the table checks who asks, and every answer is
// either { ok: true, ... } or { ok: false, error: { kind, ... } }.
// Content scripts never send messages: what they read comes back as the
// result of scripting.executeScript.

import { CONTENT_SCRIPTS } from "./content-scripts.js";
import { clearVerdict, showVerdict } from "./badge.js";
import { analyzeRequest, reportableMessage, reportRequest } from "./requests.js";
import { ServiceError, serviceClient } from "./service-client.js";
import { resolveLanguage } from "../shared/i18n.js";
import { permissionPattern, readSettings, reporterId } from "../shared/settings.js";

export const WEBMAIL_HOSTS = Object.freeze(["mail.google.com", "outlook.live.com", "outlook.office.com", "mail.yahoo.com", "mail.yahoo.co.jp"]);

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Only pages of this extension (popup, options) may give commands; content scripts and other extensions may not. */
export function isFromExtensionPage(sender, runtime) {
  return Boolean(sender) && sender.id === runtime.id && typeof sender.url === "string" && sender.url.startsWith(runtime.getURL(""));
}

/**
 * api: the WebExtension API (chrome/browser); fetchImpl: fetch;
 * translatorFor(language): Promise of t(key, ...args) in that language.
 */
export function createCommands({ api, fetchImpl, translatorFor }) {
  const storage = api.storage.local;
  const session = api.storage.session;
  const messageKey = (tabId) => `message:${tabId}`;

  async function currentSettings() {
    const settings = await readSettings(storage);
    return { settings, language: resolveLanguage(settings.language, api.i18n.getUILanguage()) };
  }

  /** A client for the configured service, once the user has allowed its origin. */
  async function connect(settings) {
    const allowed = await api.permissions.contains({ origins: [permissionPattern(settings.serviceUrl)] });
    if (!allowed) throw new ServiceError("not-allowed");
    return serviceClient(settings.serviceUrl, fetchImpl);
  }

  async function readTab(tabId) {
    await api.scripting.executeScript({ target: { tabId }, files: [...CONTENT_SCRIPTS] });
    const [injection] = await api.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.minukuPage.readOpenMessage(),
    });
    return injection?.result ?? null;
  }

  async function forget(tabId) {
    await session.remove(messageKey(tabId));
  }

  return {
    /** Reads the email open in the tab and asks the service for a verdict. */
    async check({ tabId }) {
      if (!Number.isInteger(tabId)) throw new TypeError("check needs a tabId");
      const tab = await api.tabs.get(tabId);
      const { settings, language } = await currentSettings();
      const t = await translatorFor(language);
      if (!WEBMAIL_HOSTS.includes(hostOf(tab.url))) {
        await forget(tabId);
        return { state: "unsupported" };
      }
      let page;
      try {
        page = await readTab(tabId);
      } catch {
        // The tab is loading, crashed, or refused the script.
        return { state: "unreadable" };
      }
      if (!page || page.state !== "message") {
        await forget(tabId);
        await clearVerdict(api.action, tabId, t);
        return { state: page?.state === "unsupported" ? "unsupported" : "no-message", site: page?.site ?? null };
      }
      const client = await connect(settings);
      const result = await client.analyze(analyzeRequest(page.message, { sendBody: settings.sendBody, locale: language }));
      await session.set({ [messageKey(tabId)]: reportableMessage(page.message) });
      await showVerdict(api.action, tabId, result.verdict, t);
      return { state: "verdict", site: page.site, email: { from: page.message.from, subject: page.message.subject }, result };
    },

    /** Reports the last checked email of the tab: kind "scam" or "not-scam". */
    async report({ tabId, kind }) {
      const { [messageKey(tabId)]: reportable } = await session.get(messageKey(tabId));
      if (!reportable) return { state: "needs-check" };
      const client = await connect((await currentSettings()).settings);
      const answer = await client.report(reportRequest(reportable, await reporterId(storage), kind));
      return {
        state: "reported",
        kind: kind === "not-scam" ? "not-scam" : "scam",
        created: answer.created,
        senderDomain: answer.senderDomain ?? null,
        communityReports: Number.isInteger(answer.communityReports) ? answer.communityReports : null,
      };
    },

    /** Sender domains the community reported in the last 30 days. */
    async community() {
      const client = await connect((await currentSettings()).settings);
      return { domains: await client.communityDomains(30, 50) };
    },
  };
}

/** Runs one command for a checked sender; never throws. */
export async function dispatch(commands, message, sender, runtime) {
  if (!isFromExtensionPage(sender, runtime)) return { ok: false, error: { kind: "forbidden" } };
  const name = message?.command;
  if (typeof name !== "string" || !Object.hasOwn(commands, name)) return { ok: false, error: { kind: "unknown-command" } };
  try {
    return { ok: true, ...(await commands[name](message.args ?? {})) };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.toJSON() };
    console.error(`Minuku: command ${name} failed`, error);
    return { ok: false, error: { kind: "internal" } };
  }
}
