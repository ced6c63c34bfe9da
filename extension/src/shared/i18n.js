// Messages from _locales in the language the user chose. chrome.i18n always
// follows the browser's language, so the popup and options page load the
// chosen messages.json themselves and fill placeholders the same way.

export const LANGUAGES = Object.freeze(["ja", "en"]);

/** "ja" or "en" for a setting of "browser", "ja" or "en" and the browser's UI language. */
export function resolveLanguage(setting, browserLanguage) {
  if (LANGUAGES.includes(setting)) return setting;
  return String(browserLanguage ?? "").toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** Reads _locales/<language>/messages.json through `fetchMessages(path)`. */
export async function loadCatalog(language, fetchMessages) {
  return fetchMessages(`_locales/${language}/messages.json`);
}

/**
 * A `t(key, ...args)` like chrome.i18n.getMessage: $NAME$ in a message is
 * replaced by its placeholder's content, where $1, $2 … stand for args.
 * An unknown key gives the key itself, so a missing string shows, not breaks.
 */
export function translator(catalog) {
  return function t(key, ...args) {
    const entry = catalog[key];
    if (!entry) return key;
    const placeholders = entry.placeholders ?? {};
    const fill = (content) => content.replace(/\$(\d)/g, (_, n) => String(args[Number(n) - 1] ?? ""));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) => {
        const placeholder = placeholders[name.toLowerCase()];
        return placeholder ? fill(placeholder.content) : whole;
      })
      .replace(/\$\$/g, "$");
  };
}
