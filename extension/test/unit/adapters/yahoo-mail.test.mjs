// Behaviour under test: the Yahoo Mail adapter reads the open message of a
// saved Yahoo Mail page through its data-test-id attributes and reports
// "no message" on the inbox list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readSavedPage } from "../../support/webmail-page.mjs";
import * as mail from "../../support/expected-mails.mjs";

test("a scam open in Yahoo Mail is read whole, without its hidden text", async () => {
  assert.deepEqual(await readSavedPage("yahoo-mail", "scam"), {
    state: "message",
    site: "yahoo-mail",
    message: {
      from: mail.SCAM_FROM,
      to: "hanako.yamada@yahoo.com",
      subject: mail.SCAM_SUBJECT,
      body: mail.SCAM_BODY,
      links: mail.scamLinks("hanako.yamada@yahoo.com"),
    },
  });
});

test("in a Yahoo Mail conversation the last expanded message is read", async () => {
  assert.deepEqual(await readSavedPage("yahoo-mail", "thread-genuine"), {
    state: "message",
    site: "yahoo-mail",
    message: {
      from: mail.GENUINE_FROM,
      to: "hanako.yamada@yahoo.com",
      subject: mail.GENUINE_SUBJECT,
      body: mail.GENUINE_BODY,
      links: mail.GENUINE_LINKS,
    },
  });
});

test("a Yahoo Mail message without links is read with an empty link list", async () => {
  assert.deepEqual(await readSavedPage("yahoo-mail", "no-links"), {
    state: "message",
    site: "yahoo-mail",
    message: {
      from: mail.NO_LINKS_FROM,
      to: "hanako.yamada@yahoo.com",
      subject: mail.NO_LINKS_SUBJECT,
      body: mail.NO_LINKS_BODY,
      links: [],
    },
  });
});

test("the Yahoo Mail inbox list reads as no message", async () => {
  assert.deepEqual(await readSavedPage("yahoo-mail", "inbox"), { state: "no-message", site: "yahoo-mail" });
});
