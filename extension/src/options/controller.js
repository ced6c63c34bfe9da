// The options page: service URL, language and whether the body is sent.
// A new service address needs the user's permission first (host permissions
// for anything but localhost are optional), asked while handling the click.

import { loadCatalog, resolveLanguage, translator } from "../shared/i18n.js";
import { DEFAULT_SERVICE_URL, normalizeServiceUrl, permissionPattern, readSettings, saveSettings } from "../shared/settings.js";

export async function startOptions({ doc, api, fetchJson }) {
  const settings = await readSettings(api.storage.local);
  const byId = (id) => doc.getElementById(id);

  async function applyLanguage(setting) {
    const language = resolveLanguage(setting, api.i18n.getUILanguage());
    const t = translator(await loadCatalog(language, fetchJson));
    doc.documentElement.lang = language;
    doc.title = t("optionsTitle");
    byId("options-title").textContent = t("optionsTitle");
    byId("label-service-url").textContent = t("optionsServiceUrl");
    byId("help-service-url").textContent = t("optionsServiceUrlHelp");
    byId("label-language").textContent = t("optionsLanguage");
    byId("language-browser").textContent = t("optionsLanguageBrowser");
    byId("label-send-body").textContent = t("optionsSendBody");
    byId("note-send-body").textContent = t("optionsSendBodyNote");
    byId("note-reporter").textContent = t("optionsReporterNote");
    byId("save").textContent = t("optionsSave");
    return t;
  }

  let t = await applyLanguage(settings.language);
  byId("service-url").value = settings.serviceUrl;
  byId("service-url").placeholder = DEFAULT_SERVICE_URL;
  byId("language").value = settings.language;
  byId("send-body").checked = settings.sendBody;

  const status = byId("save-status");
  function say(text, isError = false) {
    status.textContent = text;
    status.classList.toggle("error", isError);
  }

  byId("options-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const serviceUrl = normalizeServiceUrl(byId("service-url").value);
    if (!serviceUrl) {
      say(t("optionsInvalidUrl"), true);
      return;
    }
    // Asked before any other await, while the click still counts as the
    // user's gesture; an origin already granted answers true without a prompt.
    let granted;
    try {
      granted = await api.permissions.request({ origins: [permissionPattern(serviceUrl)] });
    } catch {
      granted = false;
    }
    if (!granted) {
      say(t("optionsPermissionDenied"), true);
      return;
    }
    const saved = await saveSettings(api.storage.local, {
      serviceUrl,
      language: byId("language").value,
      sendBody: byId("send-body").checked,
    });
    byId("service-url").value = saved.serviceUrl;
    t = await applyLanguage(saved.language);
    say(t("optionsSaved"));
  });
}
