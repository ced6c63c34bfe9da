// Behaviour under test: the Outlook adapter reads the open message of a saved
// Outlook on the web page (outlook.live.com and outlook.office.com) by its
// roles and labels, undoes Safe Links wrapping, and reports "no message" when
// the reading pane is empty.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FIXTURE_URLS, readSavedPage } from "../../support/webmail-page.mjs";
import * as mail from "../../support/expected-mails.mjs";

test("a scam open in Outlook.com is read whole, without its hidden text", async () => {
  assert.deepEqual(await readSavedPage("outlook", "scam"), {
    state: "message",
    site: "outlook",
    message: {
      from: mail.SCAM_FROM,
      to: "hanako.yamada@outlook.jp",
      subject: mail.SCAM_SUBJECT,
      body: mail.SCAM_BODY,
      links: mail.scamLinks("hanako.yamada@outlook.jp"),
    },
  });
});

test("in an Outlook conversation the last expanded message is read and Safe Links give back the real targets", async () => {
  assert.deepEqual(await readSavedPage("outlook", "thread-genuine", FIXTURE_URLS["outlook-office"]), {
    state: "message",
    site: "outlook",
    message: {
      from: mail.GENUINE_FROM,
      to: "hanako.yamada@contoso.co.jp",
      subject: mail.GENUINE_SUBJECT,
      body: mail.GENUINE_BODY,
      links: mail.GENUINE_LINKS,
    },
  });
});

test("an Outlook message without links is read, the sender's address taken from the persona's title", async () => {
  assert.deepEqual(await readSavedPage("outlook", "no-links"), {
    state: "message",
    site: "outlook",
    message: {
      from: mail.NO_LINKS_FROM,
      to: "hanako.yamada@outlook.jp",
      subject: mail.NO_LINKS_SUBJECT,
      body: mail.NO_LINKS_BODY,
      links: [],
    },
  });
});

test("Outlook with an empty reading pane reads as no message", async () => {
  assert.deepEqual(await readSavedPage("outlook", "inbox"), { state: "no-message", site: "outlook" });
});
