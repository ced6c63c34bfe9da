// Behaviour under test: the Yahoo! JAPAN メール adapter reads the open message
// of a saved page (header labels 差出人/宛先, the HTML body in its same-origin
// iframe or a plain-text block) and reports "no message" on the inbox list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readSavedPage } from "../../support/webmail-page.mjs";
import * as mail from "../../support/expected-mails.mjs";

test("a scam open in Yahoo! JAPAN メール is read from its HTML frame, without its hidden text", async () => {
  assert.deepEqual(await readSavedPage("yahoo-japan-mail", "scam"), {
    state: "message",
    site: "yahoo-japan-mail",
    message: {
      from: mail.SCAM_FROM,
      to: "hanako_yamada@yahoo.co.jp",
      subject: mail.SCAM_SUBJECT,
      body: mail.SCAM_BODY,
      links: mail.scamLinks("hanako_yamada@yahoo.co.jp"),
    },
  });
});

test("in a Yahoo! JAPAN メール thread the last open message is read, the thread's subject kept", async () => {
  assert.deepEqual(await readSavedPage("yahoo-japan-mail", "thread-genuine"), {
    state: "message",
    site: "yahoo-japan-mail",
    message: {
      from: mail.GENUINE_FROM,
      to: "hanako_yamada@yahoo.co.jp",
      subject: mail.GENUINE_SUBJECT,
      body: mail.GENUINE_BODY,
      links: mail.GENUINE_LINKS,
    },
  });
});

test("a plain-text Yahoo! JAPAN メール message keeps its line breaks and has no links", async () => {
  assert.deepEqual(await readSavedPage("yahoo-japan-mail", "no-links"), {
    state: "message",
    site: "yahoo-japan-mail",
    message: {
      from: mail.NO_LINKS_FROM,
      to: "hanako_yamada@yahoo.co.jp",
      subject: mail.NO_LINKS_SUBJECT,
      body: mail.NO_LINKS_BODY,
      links: [],
    },
  });
});

test("the Yahoo! JAPAN メール inbox list reads as no message", async () => {
  assert.deepEqual(await readSavedPage("yahoo-japan-mail", "inbox"), { state: "no-message", site: "yahoo-japan-mail" });
});
