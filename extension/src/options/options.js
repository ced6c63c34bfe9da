// Options page entry point.
import { api } from "../shared/browser-api.js";
import { startOptions } from "./controller.js";

startOptions({
  doc: document,
  api,
  fetchJson: async (path) => (await fetch(api.runtime.getURL(path))).json(),
});
