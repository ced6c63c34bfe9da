// Builds the popup's parts as DOM nodes. Everything shown comes from the
// page or the service, so text goes in through textContent only, never as
// markup. Pure functions of (document, t, data): tested in jsdom.

const VERDICTS = Object.freeze({
  scam: { className: "verdict--scam", word: "verdictScam" },
  suspicious: { className: "verdict--suspicious", word: "verdictSuspicious" },
  safe: { className: "verdict--safe", word: "verdictSafe" },
});

const LINK_STATUS = Object.freeze({
  official: "linkStatusOfficial",
  lookalike: "linkStatusLookalike",
  suspicious: "linkStatusSuspicious",
  unrelated: "linkStatusUnrelated",
});

const SENDER_STATUS = Object.freeze({
  official: "senderStatusOfficial",
  lookalike: "senderStatusLookalike",
  freemail: "senderStatusFreemail",
  unrelated: "senderStatusUnrelated",
  unknown: "senderStatusUnknown",
});

/** An element with a class, text and attributes; children appended in order. */
export function element(doc, tag, { className, text, attributes } = {}, children = []) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, String(value));
  for (const child of children) if (child) node.append(child);
  return node;
}

/** ★★★★☆ for danger 4; the level is clamped to 1-5. */
export function stars(danger) {
  const level = Math.min(5, Math.max(1, Math.round(Number(danger) || 1)));
  return { level, text: "★".repeat(level) + "☆".repeat(5 - level) };
}

/** The words for a sender's community count (0, 1 and many read differently). */
export function communityCountText(t, count) {
  if (!Number.isInteger(count) || count <= 0) return t("communityCountNone");
  if (count === 1) return t("communityCountOne");
  return t("communityCount", count);
}

function list(doc, className, items) {
  return element(doc, "ul", { className }, items.map((item) => element(doc, "li", { text: item })));
}

function section(doc, className, heading, children) {
  return element(doc, "section", { className }, [element(doc, "h2", { text: heading }), ...children]);
}

/**
 * A host with its registrable domain set apart: "amazon-verify." in grey,
 * "account-check.ml" in bold, because the registrable domain is who really
 * owns the address.
 */
function hostLabel(doc, link) {
  const host = link.host || "";
  const registrable = link.registrableDomain || "";
  const label = element(doc, "span", { className: "link-domain" });
  if (host && registrable && host !== registrable && host.endsWith(`.${registrable}`)) {
    label.append(element(doc, "span", { className: "link-domain-prefix", text: host.slice(0, host.length - registrable.length) }));
    label.append(element(doc, "strong", { text: registrable }));
  } else {
    label.append(element(doc, "strong", { text: registrable || host || link.href || "" }));
  }
  return label;
}

function linkItem(doc, t, link) {
  const statusKey = LINK_STATUS[link.status];
  const domain = hostLabel(doc, link);
  return element(doc, "li", { className: `link link--${statusKey ? link.status : "none"}` }, [
    element(doc, "span", { className: "link-text", text: link.text || t("linkNoText"), attributes: { title: link.href ?? "" } }),
    element(doc, "span", { className: "link-arrow", text: "→", attributes: { "aria-label": t("linkGoesTo", domain.textContent) } }),
    domain,
    statusKey ? element(doc, "span", { className: `badge badge--${link.status}`, text: t(statusKey) }) : null,
  ]);
}

/** The verdict for one email: words and colour, stars, brand, key points, sender, links, advice, report buttons. */
export function renderVerdict(doc, t, { email, result }) {
  const verdict = VERDICTS[result.verdict] ?? VERDICTS.suspicious;
  const danger = stars(result.danger);
  const root = element(doc, "div", { className: "verdict-view" });

  root.append(
    element(doc, "div", { className: `verdict ${verdict.className}`, attributes: { "data-verdict": result.verdict } }, [
      element(doc, "p", { className: "verdict-word", text: t(verdict.word) }),
      element(doc, "p", { className: "stars", text: danger.text, attributes: { role: "img", "aria-label": t("dangerLevel", danger.level) } }),
      result.verdict === "safe" ? element(doc, "p", { className: "verdict-note", text: t("verdictSafeNote") }) : null,
      result.brand?.name ? element(doc, "p", { className: "brand", text: t("brandClaimed", result.brand.name) }) : null,
    ]),
  );

  const keyPoints = Array.isArray(result.keyPoints) ? result.keyPoints : [];
  if (keyPoints.length > 0) root.append(section(doc, "key-points", t("keyPointsHeading"), [list(doc, "points", keyPoints)]));

  const sender = result.sender ?? {};
  const senderStatus = SENDER_STATUS[sender.status];
  const community = result.communityAvailable === false
    ? t("communityUnavailable")
    : communityCountText(t, sender.communityReports);
  root.append(
    section(doc, "sender", t("senderHeading"), [
      element(doc, "p", { className: "sender-line" }, [
        email?.from?.name ? element(doc, "span", { className: "sender-name", text: email.from.name }) : null,
        element(doc, "span", { className: "sender-address", text: sender.address || email?.from?.address || "" }),
        senderStatus ? element(doc, "span", { className: `badge badge--${sender.status}`, text: t(senderStatus) }) : null,
      ]),
      element(doc, "p", { className: "community-count", text: community, attributes: { id: "community-count" } }),
    ]),
  );

  const links = Array.isArray(result.links) ? result.links : [];
  root.append(
    section(doc, "links", t("linksHeading"), [
      links.length > 0
        ? element(doc, "ul", { className: "link-list" }, links.map((link) => linkItem(doc, t, link)))
        : element(doc, "p", { className: "muted", text: t("linksNone") }),
    ]),
  );

  const advice = Array.isArray(result.advice) ? result.advice : [];
  if (advice.length > 0) root.append(section(doc, "advice", t("adviceHeading"), [list(doc, "advice-list", advice)]));

  root.append(
    element(doc, "div", { className: "actions" }, [
      element(doc, "button", { className: "button button--report", text: t("reportScam"), attributes: { type: "button", id: "report-scam" } }),
      element(doc, "button", { className: "button button--quiet", text: t("reportNotScam"), attributes: { type: "button", id: "report-not-scam" } }),
    ]),
    element(doc, "p", { className: "report-status", attributes: { id: "report-status", role: "status" } }),
  );
  return root;
}

/** A state with no verdict: checking, no email open, unsupported page, or an error. */
export function renderMessage(doc, t, { title, text, retry = false, busy = false }) {
  return element(doc, "div", { className: `notice${busy ? " notice--busy" : ""}` }, [
    title ? element(doc, "p", { className: "notice-title", text: title }) : null,
    text ? element(doc, "p", { className: "notice-text", text }) : null,
    retry ? element(doc, "button", { className: "button", text: t("checkAgain"), attributes: { type: "button", id: "check-again" } }) : null,
  ]);
}

const STATE_MESSAGES = Object.freeze({
  "no-message": { title: "noMessageTitle", text: "noMessageText" },
  unsupported: { title: "unsupportedTitle", text: "unsupportedText" },
  unreadable: { title: null, text: "errorCannotRead" },
});

export function renderState(doc, t, state) {
  const words = STATE_MESSAGES[state] ?? STATE_MESSAGES.unreadable;
  return renderMessage(doc, t, { title: words.title ? t(words.title) : null, text: t(words.text), retry: true });
}

/** A friendly sentence for a failed command (service down, 429, 4xx, ...). */
export function errorText(t, error, serviceUrl) {
  switch (error?.kind) {
    case "unreachable":
      return t("errorUnreachable", serviceUrl);
    case "rate-limited":
      return t("errorRateLimited", error.retryAfter ?? 60);
    case "rejected":
      return t("errorRejected", error.detail || `HTTP ${error.status}`);
    case "not-allowed":
      return t("errorNotAllowed", serviceUrl);
    default:
      return t("errorServer");
  }
}

/** The community list: most-reported sender domains; an official domain is shown as spoofing, never as a scam. */
export function renderCommunity(doc, t, domains) {
  if (!Array.isArray(domains) || domains.length === 0) {
    return element(doc, "p", { className: "muted", text: t("communityEmpty") });
  }
  return element(
    doc,
    "ol",
    { className: "community-list" },
    domains.map((entry) => {
      const official = Boolean(entry.officialFor);
      const sample = Array.isArray(entry.sampleSubjects) ? entry.sampleSubjects.find(Boolean) : null;
      return element(doc, "li", { className: `community-item${official ? " community-item--official" : ""}` }, [
        element(doc, "div", { className: "community-row" }, [
          element(doc, "strong", { className: "community-domain", text: entry.domain }),
          element(doc, "span", {
            className: "community-reporters",
            text: t("communityReporters", entry.reporters ?? 0),
            attributes: { title: t("communityReports", entry.reports ?? 0, entry.reporters ?? 0) },
          }),
        ]),
        official ? element(doc, "p", { className: "spoofing", text: t("communitySpoofing", entry.officialFor) }) : null,
        sample ? element(doc, "p", { className: "community-sample", text: t("communitySample", sample) }) : null,
      ]);
    }),
  );
}
