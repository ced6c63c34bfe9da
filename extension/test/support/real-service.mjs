// The real Minuku service for end-to-end tests: MINUKU_E2E_SERVICE_URL when
// set, else the jar the Maven build made (../target/quarkus-app), started
// on a free port with the datasource the environment gives (bin/with-postgres
// exports QUARKUS_DATASOURCE_JDBC_URL and friends) and stopped afterwards.
// It runs against the test database (_TEST_QUARKUS_DATASOURCE_JDBC_URL when
// set) and empties the report tables when it stops: tests own their data.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { access } from "node:fs/promises";
import net from "node:net";
import { fileURLToPath } from "node:url";

export const SERVICE_JAR = fileURLToPath(new URL("../../../target/quarkus-app/quarkus-run.jar", import.meta.url));

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function ready(url, timeoutMs, child) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/q/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the service at ${url} was not ready within ${timeoutMs / 1000}s`);
}

function testDatabaseUrl() {
  return process.env._TEST_QUARKUS_DATASOURCE_JDBC_URL ?? process.env.QUARKUS_DATASOURCE_JDBC_URL;
}

/** Removes what the end-to-end run reported, so the next test starts from nothing. */
function emptyReportTables() {
  const jdbc = testDatabaseUrl();
  const match = jdbc && /^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\/([^?]+)/.exec(jdbc);
  if (!match) return;
  const [, host, port = "5432", db] = match;
  const user = process.env.QUARKUS_DATASOURCE_USERNAME ?? "postgres";
  const result = spawnSync("psql", ["-h", host, "-p", port, "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1", "-q", "-c",
    "TRUNCATE report, domain_reporter, domain_counter, report_day"], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`could not empty the report tables: ${result.stderr}`);
}

/** Why the real-service tests cannot run here, or null when they can. */
export async function realServiceUnavailable() {
  if (process.env.MINUKU_E2E_SERVICE_URL) return null;
  const jar = await access(SERVICE_JAR).then(() => true, () => false);
  return jar ? null : `no service: set MINUKU_E2E_SERVICE_URL or build ${SERVICE_JAR} (./mvnw package) first`;
}

/** { url, close, log() } for a running service. */
export async function startRealService() {
  if (process.env.MINUKU_E2E_SERVICE_URL) {
    const url = process.env.MINUKU_E2E_SERVICE_URL.replace(/\/+$/, "");
    await ready(url, 30000, null);
    return { url, close: async () => {}, log: () => "" };
  }
  const port = await freePort();
  const output = [];
  const child = spawn(process.env.JAVA ?? "java", ["-jar", SERVICE_JAR], {
    env: {
      ...process.env,
      QUARKUS_HTTP_PORT: String(port),
      QUARKUS_HTTP_HOST: "127.0.0.1",
      QUARKUS_DATASOURCE_JDBC_URL: testDatabaseUrl(),
      // The packaged service refuses to start without a reporter key; a fresh one per run.
      MINUKU_REPORTS_REPORTER_KEY: process.env.MINUKU_REPORTS_REPORTER_KEY ?? randomBytes(24).toString("hex"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => output.push(chunk));
  child.stderr.on("data", (chunk) => output.push(chunk));
  const url = `http://127.0.0.1:${port}`;
  const log = () => Buffer.concat(output).toString("utf8").slice(-4000);
  try {
    await ready(url, 120000, child);
  } catch (error) {
    child.kill("SIGTERM");
    throw new Error(`${error.message}\n--- service output ---\n${log()}`, { cause: error });
  }
  return {
    url,
    log,
    close: async () => {
      await new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      });
      emptyReportTables();
    },
  };
}
