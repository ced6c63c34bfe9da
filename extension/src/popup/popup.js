// Popup entry point: the toolbar button, the keyboard shortcut, or
// popup.html?tabId=N opened as a page.
import { api } from "../shared/browser-api.js";
import { startPopup } from "./controller.js";

startPopup({
  doc: document,
  api,
  search: location.search,
  fetchJson: async (path) => (await fetch(api.runtime.getURL(path))).json(),
});
