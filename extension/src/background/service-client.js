// HTTP client for the Minuku service (API.md). Every failure becomes a
// ServiceError with a kind the popup can word kindly; nothing of the request
// is logged.

export class ServiceError extends Error {
  /**
   * kind: "unreachable" (down, timeout, network), "rate-limited" (429),
   * "rejected" (other 4xx; detail from the problem body), "server" (5xx or an
   * answer that is not the contract's JSON), "not-allowed" (no permission).
   */
  constructor(kind, { status = null, retryAfter = null, detail = null } = {}) {
    super(`Minuku service: ${kind}${status ? ` (${status})` : ""}`);
    this.name = "ServiceError";
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.detail = detail;
  }

  toJSON() {
    return { kind: this.kind, status: this.status, retryAfter: this.retryAfter, detail: this.detail };
  }
}

const TIMEOUT_MS = 15000;

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); 60 when absent. */
export function retryAfterSeconds(header, now = Date.now()) {
  if (!header) return 60;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 60 : Math.max(1, Math.ceil((date - now) / 1000));
}

/** A problem+json body's most useful words: the field errors, else detail, else title. */
async function problemDetail(response) {
  try {
    const problem = await response.json();
    if (Array.isArray(problem.errors) && problem.errors.length > 0) {
      return problem.errors
        .map((error) => [error.field, error.message].filter(Boolean).join(": "))
        .join("; ");
    }
    return problem.detail || problem.title || null;
  } catch {
    return null;
  }
}

export function serviceClient(baseUrl, fetchImpl = globalThis.fetch.bind(globalThis)) {
  async function call(method, path, body) {
    let response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers: body ? { "Content-Type": "application/json", Accept: "application/json" } : { Accept: "application/json" },
        body: body ? JSON.stringify(body) : undefined,
        credentials: "omit",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new ServiceError("unreachable");
    }
    if (response.status === 429) {
      throw new ServiceError("rate-limited", { status: 429, retryAfter: retryAfterSeconds(response.headers.get("Retry-After")) });
    }
    if (response.status >= 400 && response.status < 500) {
      throw new ServiceError("rejected", { status: response.status, detail: await problemDetail(response) });
    }
    if (!response.ok) throw new ServiceError("server", { status: response.status });
    try {
      return { status: response.status, body: await response.json() };
    } catch {
      throw new ServiceError("server", { status: response.status });
    }
  }

  return {
    async analyze(request) {
      const { body } = await call("POST", "/api/v1/analyze", request);
      if (!body || typeof body.verdict !== "string") throw new ServiceError("server");
      return body;
    },
    /** POST /reports; `created` is false when this reporter had already reported the message. */
    async report(request) {
      const { status, body } = await call("POST", "/api/v1/reports", request);
      return { ...body, created: status === 201 };
    },
    /**
     * GET /community/domains: the service lists official domains apart
     * (spoofedOfficial, each with officialFor); they come first, to be shown as
     * spoofing warnings, then the reported scam domains.
     */
    async communityDomains(days = 30, limit = 50) {
      const { body } = await call("GET", `/api/v1/community/domains?days=${days}&limit=${limit}`);
      const spoofed = Array.isArray(body?.spoofedOfficial) ? body.spoofedOfficial.filter((d) => d?.officialFor) : [];
      const domains = Array.isArray(body?.domains) ? body.domains : [];
      return [...spoofed, ...domains];
    },
  };
}
