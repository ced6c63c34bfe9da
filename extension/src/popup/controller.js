// What the popup does: asks the service worker to check the tab, shows the
// answer, sends reports, and loads the community list when its tab opens.
// All of it goes through one message, { command, args }, to the command table.

import { loadCatalog, resolveLanguage, translator } from "../shared/i18n.js";
import { readSettings } from "../shared/settings.js";
import { communityCountText, element, errorText, renderCommunity, renderMessage, renderState, renderVerdict } from "./view.js";

/**
 * doc: the popup's document; api: the WebExtension API; search: location.search
 * (popup.html?tabId=N checks that tab, as tests and "open in tab" do; the
 * toolbar button and the keyboard shortcut check the active tab);
 * fetchJson(path): reads a packaged JSON file.
 */
export async function startPopup({ doc, api, search, fetchJson }) {
  const settings = await readSettings(api.storage.local);
  const language = resolveLanguage(settings.language, api.i18n.getUILanguage());
  const t = translator(await loadCatalog(language, fetchJson));
  doc.documentElement.lang = language;
  doc.title = t("popupTitle");

  const byId = (id) => doc.getElementById(id);
  byId("title").textContent = t("popupTitle");
  byId("open-options").textContent = t("optionsLink");
  byId("tab-email").textContent = t("tabThisEmail");
  byId("tab-community").textContent = t("tabCommunity");

  const send = (command, args = {}) => api.runtime.sendMessage({ command, args });
  const emailPanel = byId("panel-email");
  const communityPanel = byId("panel-community");

  function show(panel, state, node) {
    panel.replaceChildren(node);
    panel.dataset.state = state;
  }

  async function tabToCheck() {
    const asked = Number(new URLSearchParams(search).get("tabId"));
    if (Number.isInteger(asked) && asked >= 0) return asked;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  }

  const tabId = await tabToCheck();

  async function check() {
    show(emailPanel, "checking", renderMessage(doc, t, { text: t("checking"), busy: true }));
    const answer = tabId === null ? { ok: true, state: "unsupported" } : await send("check", { tabId });
    if (!answer?.ok) {
      const node = renderMessage(doc, t, { text: errorText(t, answer?.error, settings.serviceUrl), retry: true });
      node.classList.add("notice--error");
      show(emailPanel, "error", node);
    } else if (answer.state === "verdict") {
      show(emailPanel, "verdict", renderVerdict(doc, t, answer));
      wireReportButtons();
    } else {
      show(emailPanel, answer.state, renderState(doc, t, answer.state));
    }
    byId("check-again")?.addEventListener("click", check);
  }

  function wireReportButtons() {
    const scamButton = byId("report-scam");
    const notScamButton = byId("report-not-scam");
    const status = byId("report-status");

    async function report(kind, button) {
      const label = button.textContent;
      scamButton.disabled = true;
      notScamButton.disabled = true;
      button.textContent = t("reportSending");
      const answer = await send("report", { tabId, kind });
      button.textContent = label;
      if (answer?.ok && answer.state === "reported") {
        // One answer per message: both buttons stay done (the service counts a reporter once anyway).
        if (kind === "scam") {
          if (answer.communityReports !== null) byId("community-count").textContent = communityCountText(t, answer.communityReports);
          status.textContent = t(answer.created ? "reportSent" : "reportAlready");
          scamButton.textContent = t("reportedButton");
        } else {
          status.textContent = t("notScamSent");
        }
        emailPanel.dataset.reported = kind;
        return;
      }
      scamButton.disabled = false;
      notScamButton.disabled = false;
      status.textContent = answer?.ok ? t("reportNeedsCheck") : errorText(t, answer?.error, settings.serviceUrl);
    }

    scamButton.addEventListener("click", () => report("scam", scamButton));
    notScamButton.addEventListener("click", () => report("not-scam", notScamButton));
  }

  async function loadCommunity() {
    show(communityPanel, "loading", renderMessage(doc, t, { text: t("communityLoading"), busy: true }));
    const answer = await send("community");
    if (!answer?.ok) {
      const node = renderMessage(doc, t, { text: errorText(t, answer?.error, settings.serviceUrl) });
      node.classList.add("notice--error");
      show(communityPanel, "error", node);
      return;
    }
    const view = element(doc, "div", {}, [
      element(doc, "h2", { className: "community-heading", text: t("communityHeading") }),
      renderCommunity(doc, t, answer.domains),
    ]);
    show(communityPanel, "loaded", view);
  }

  function selectTab(selected) {
    for (const [tab, panel] of [[byId("tab-email"), emailPanel], [byId("tab-community"), communityPanel]]) {
      const on = tab === selected;
      tab.setAttribute("aria-selected", String(on));
      panel.hidden = !on;
    }
    if (selected.id === "tab-community" && communityPanel.dataset.state !== "loaded") loadCommunity();
  }

  byId("tab-email").addEventListener("click", (event) => selectTab(event.currentTarget));
  byId("tab-community").addEventListener("click", (event) => selectTab(event.currentTarget));

  await check();
}
