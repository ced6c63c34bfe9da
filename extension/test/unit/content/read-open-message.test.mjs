// Behaviour under test: the content script's entry point picks the adapter by
// host, says "unsupported" off the four webmails, and turns an adapter that
// throws into "no message" on that site only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadPage } from "../../support/webmail-page.mjs";

test("a page that is not one of the four webmails is unsupported", async () => {
  const dom = await loadPage("<h1>Hello</h1><a href='mailto:a@example.com'>a@example.com</a>", "https://example.com/mail");
  assert.deepEqual(structuredClone(dom.window.minukuPage.readOpenMessage()), { state: "unsupported", site: null });
});

test("an adapter that throws gives 'no message' on its own site and leaves the other adapters working", async (t) => {
  t.mock.method(console, "warn", () => {});
  const gmail = await loadFixture("gmail", "scam");
  gmail.window.minukuPage.adapters.get("gmail").read = () => {
    throw new TypeError("Gmail changed its markup");
  };
  assert.deepEqual(structuredClone(gmail.window.minukuPage.readOpenMessage()), { state: "no-message", site: "gmail" });

  // The same broken Gmail adapter in a Yahoo Mail tab: Yahoo's is the one used.
  const yahoo = await loadFixture("yahoo-mail", "scam");
  yahoo.window.minukuPage.adapters.get("gmail").read = () => {
    throw new TypeError("Gmail changed its markup");
  };
  const result = yahoo.window.minukuPage.readOpenMessage();
  assert.equal(result.state, "message");
  assert.equal(result.message.from.address, "amazonjp@emailamazoncojp.cf");
});

test("an open message whose sender address cannot be found reads as no message (the service needs the address)", async () => {
  const dom = await loadPage(
    `<div role="main"><h2 class="hP">件名</h2><div class="adn"><span class="gD" name="Amazon">Amazon</span><div class="a3s">本文</div></div></div>`,
    "https://mail.google.com/mail/u/0/#inbox/x",
  );
  assert.deepEqual(structuredClone(dom.window.minukuPage.readOpenMessage()), { state: "no-message", site: "gmail" });
});

test("injecting the content scripts a second time registers each adapter once", async () => {
  const dom = await loadFixture("outlook", "scam");
  const before = [...dom.window.minukuPage.adapters.keys()];
  const again = await loadFixture("outlook", "scam");
  assert.deepEqual(before, ["gmail", "outlook", "yahoo-mail", "yahoo-japan-mail"]);
  assert.deepEqual([...again.window.minukuPage.adapters.keys()], before);
});
