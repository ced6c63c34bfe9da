// User settings, kept in extension storage (storage.local: nothing here needs
// to follow the user to other machines, and the reporter id must not).

export const DEFAULT_SERVICE_URL = "http://localhost:8080";
export const DEFAULT_SETTINGS = Object.freeze({
  serviceUrl: DEFAULT_SERVICE_URL,
  language: "browser",
  sendBody: true,
});

export async function readSettings(storage) {
  const stored = await storage.get(Object.keys(DEFAULT_SETTINGS));
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(storage, settings) {
  const clean = {
    serviceUrl: normalizeServiceUrl(settings.serviceUrl) ?? DEFAULT_SERVICE_URL,
    language: ["browser", "ja", "en"].includes(settings.language) ? settings.language : "browser",
    sendBody: settings.sendBody !== false,
  };
  await storage.set(clean);
  return clean;
}

/**
 * The service's base URL without a trailing slash, or null when the text is
 * not an http(s) URL (or carries a query, fragment or credentials, which a
 * base URL never needs).
 */
export function normalizeServiceUrl(text) {
  let url;
  try {
    url = new URL(String(text ?? "").trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * The host permission pattern that covers the service. Match patterns carry
 * no port in Firefox, and a host without a port matches every port in Chrome.
 */
export function permissionPattern(serviceUrl) {
  const url = new URL(serviceUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The reporter id: a random UUID made once per install, never anything about the user. */
export async function reporterId(storage, randomUUID = () => crypto.randomUUID()) {
  const { reporterId: existing } = await storage.get("reporterId");
  if (typeof existing === "string" && existing.length >= 8) return existing;
  const id = randomUUID();
  await storage.set({ reporterId: id });
  return id;
}
