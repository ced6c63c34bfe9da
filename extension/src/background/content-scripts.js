// The files injected into a webmail tab, in order: the shared reading
// helpers, one adapter per webmail, then the entry point that picks one.
export const CONTENT_SCRIPTS = Object.freeze([
  "content/reading.js",
  "content/adapters/gmail.js",
  "content/adapters/outlook.js",
  "content/adapters/yahoo-mail.js",
  "content/adapters/yahoo-japan-mail.js",
  "content/read-open-message.js",
]);
