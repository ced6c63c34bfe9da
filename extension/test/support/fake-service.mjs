// A stand-in Minuku service on 127.0.0.1: contract-shaped answers (API.md),
// every request recorded. Tests choose the answer per path; the default
// answers follow the contract's examples.
import http from "node:http";

const SCAM_WORDS = {
  ja: {
    finding: "差出人のドメイン emailamazoncojp.cf は Amazon の公式ドメインではなく、似せて作られています。",
    keyPoints: [
      "差出人 emailamazoncojp.cf は Amazon の公式ドメインではありません。",
      "「所有権を証明する」のリンク先は account-check.ml で、Amazon とは無関係です。",
      "リンクにあなたのメールアドレスが埋め込まれています。",
    ],
    advice: ["リンクを開かず、Amazon のアプリか公式サイトから直接アカウントを確認してください。", "入力してしまった場合は、すぐにパスワードを変更してください。"],
  },
  en: {
    finding: "The sender's domain emailamazoncojp.cf is not an official Amazon domain; it is made to look like one.",
    keyPoints: [
      "The sender emailamazoncojp.cf is not an official Amazon domain.",
      "The link \"所有権を証明する\" goes to account-check.ml, which has nothing to do with Amazon.",
      "The link carries your own email address.",
    ],
    advice: ["Do not open the link; check your account in the Amazon app or by typing the official address.", "If you entered anything, change your password now."],
  },
};

/** An /analyze answer for the Amazon lookalike scam, shaped as the service answers, in "ja" or "en". */
export function scamVerdict(overrides = {}, locale = "ja") {
  const words = SCAM_WORDS[locale] ?? SCAM_WORDS.ja;
  return {
    verdict: "scam",
    score: 92,
    danger: 5,
    category: "account-suspension",
    brand: { id: "amazon", name: "Amazon" },
    sender: {
      address: "amazonjp@emailamazoncojp.cf",
      domain: "emailamazoncojp.cf",
      registrableDomain: "emailamazoncojp.cf",
      status: "lookalike",
      communityReports: 0,
    },
    links: [
      {
        href: "https://amazon-verify.account-check.ml/signin?u=hanako.yamada@gmail.com",
        text: "所有権を証明する",
        host: "amazon-verify.account-check.ml",
        registrableDomain: "account-check.ml",
        status: "lookalike",
        findings: ["LINK_LOOKALIKE_DOMAIN", "LINK_CONTAINS_RECIPIENT"],
      },
      {
        href: "https://www.amazon.co.jp/gp/help/customer/display.html",
        text: "https://www.amazon.co.jp/gp/help/customer/display.html",
        host: "www.amazon.co.jp",
        registrableDomain: "amazon.co.jp",
        status: "official",
        findings: [],
      },
    ],
    findings: [{ code: "SENDER_LOOKALIKE_DOMAIN", severity: "high", weight: 35, message: words.finding, evidence: "emailamazoncojp.cf" }],
    keyPoints: words.keyPoints,
    advice: words.advice,
    communityAvailable: true,
    locale,
    engineVersion: "test",
    ...overrides,
  };
}

export function safeVerdict(overrides = {}, locale = "ja") {
  return {
    verdict: "safe",
    score: 0,
    danger: 1,
    category: "none",
    brand: { id: "amazon", name: "Amazon" },
    sender: { address: "shipment-tracking@amazon.co.jp", domain: "amazon.co.jp", registrableDomain: "amazon.co.jp", status: "official", communityReports: 0 },
    links: [{ href: "https://www.amazon.co.jp/ref=TE_tex_h", text: "Amazon.co.jp", host: "www.amazon.co.jp", registrableDomain: "amazon.co.jp", status: "official", findings: [] }],
    findings: [],
    keyPoints: [],
    advice: [locale === "en" ? "For requests you did not expect, check in the official app." : "心当たりのない請求や依頼には、公式アプリから確認してください。"],
    communityAvailable: true,
    locale,
    engineVersion: "test",
    ...overrides,
  };
}

export const COMMUNITY_DOMAINS = Object.freeze([
  { domain: "emailamazoncojp.cf", reports: 12, reporters: 9, firstSeen: "2026-11-01T09:00:00Z", lastSeen: "2026-11-20T22:10:00Z", officialFor: null, sampleSubjects: ["Amazonアカウントに異常があります。ご確認ください"] },
  { domain: "milleporte.com", reports: 5, reporters: 4, firstSeen: "2026-11-03T09:00:00Z", lastSeen: "2026-11-19T08:00:00Z", officialFor: null, sampleSubjects: ["お支払い方法の利用承認が得られませんでした"] },
  { domain: "amazon.co.jp", reports: 3, reporters: 3, firstSeen: "2026-11-10T09:00:00Z", lastSeen: "2026-11-18T08:00:00Z", officialFor: "amazon", sampleSubjects: [] },
]);

/**
 * Starts the fake service. `routes` maps "METHOD /path" to
 * (request, body) => { status, body, headers }; unmatched paths answer 404
 * with a problem body. Reports count distinct reporters per sender domain
 * and answer 200 with the same id on a repeat, as the contract says.
 */
export async function startFakeService(routes = {}) {
  const requests = [];
  const reporters = new Map(); // sender domain -> Set of reporter ids
  const reportIds = new Map(); // reporter + message -> id

  const defaults = {
    // The sender's community count comes from the reports made so far, as the real service's does.
    "POST /api/v1/analyze": (_request, body) => {
      const address = String(body?.from?.address ?? "");
      const verdict = address.endsWith("@amazon.co.jp") ? safeVerdict({}, body?.locale) : scamVerdict({}, body?.locale);
      verdict.sender = { ...verdict.sender, communityReports: reporters.get(address.split("@").pop())?.size ?? 0 };
      return { status: 200, body: verdict };
    },
    "POST /api/v1/reports": (_request, body) => {
      const domain = String(body.from?.address ?? "").split("@").pop();
      const key = `${body.reporter}|${body.from?.address}|${body.subject}|${body.kind}`;
      const repeat = reportIds.has(key);
      if (!repeat) reportIds.set(key, `r-${reportIds.size + 1}`);
      if (body.kind !== "not-scam") {
        if (!reporters.has(domain)) reporters.set(domain, new Set());
        reporters.get(domain).add(body.reporter);
      }
      return { status: repeat ? 200 : 201, body: { id: reportIds.get(key), senderDomain: domain, communityReports: reporters.get(domain)?.size ?? 0 } };
    },
    "GET /api/v1/community/domains": () => ({
      status: 200,
      // As the real service answers: official domains apart, in spoofedOfficial, never among the scam domains.
      body: {
        domains: COMMUNITY_DOMAINS.filter((d) => !d.officialFor),
        spoofedOfficial: COMMUNITY_DOMAINS.filter((d) => d.officialFor),
      },
    }),
  };

  const server = http.createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    let body;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const url = new URL(request.url, "http://127.0.0.1");
    const key = `${request.method} ${url.pathname}`;
    requests.push({ method: request.method, path: url.pathname, query: url.search, headers: request.headers, body });
    const handler = routes[key] ?? defaults[key];
    const answer = handler
      ? await handler(request, body)
      : { status: 404, body: { type: "about:blank", title: "Not Found", status: 404, detail: `no route ${key}` }, contentType: "application/problem+json" };
    const contentType = answer.contentType ?? (answer.status >= 400 ? "application/problem+json" : "application/json");
    response.writeHead(answer.status, { "Content-Type": contentType, ...(answer.headers ?? {}) });
    response.end(answer.raw ?? JSON.stringify(answer.body ?? {}));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
