// Request bodies for the service, cut to the API's limits (API.md) so a very
// long mail is still checked instead of being refused with 400/413.

export const LIMITS = Object.freeze({ name: 1000, address: 320, subject: 1000, body: 100000, links: 500, href: 4096, text: 4096 });

const cut = (value, max) => (typeof value === "string" ? value.slice(0, max) : "");

function links(message) {
  return (message.links ?? []).slice(0, LIMITS.links).map((link) => ({ href: cut(link.href, LIMITS.href), text: cut(link.text, LIMITS.text) }));
}

function from(message) {
  return { name: cut(message.from?.name, LIMITS.name), address: cut(message.from?.address, LIMITS.address) };
}

/** POST /analyze body. The body text goes only when the user allows it (default: yes). */
export function analyzeRequest(message, { sendBody, locale }) {
  const request = { from: from(message), subject: cut(message.subject, LIMITS.subject), links: links(message), locale };
  if (message.to) request.to = cut(message.to, LIMITS.address);
  if (sendBody) request.body = cut(message.body, LIMITS.body);
  return request;
}

/** What a report needs later: never the body or the recipient (the service does not store them). */
export function reportableMessage(message) {
  return { from: from(message), subject: cut(message.subject, LIMITS.subject), links: links(message) };
}

/** POST /reports body. */
export function reportRequest(reportable, reporter, kind) {
  return { ...reportable, reporter, kind: kind === "not-scam" ? "not-scam" : "scam" };
}
