// Behaviour under test: the Gmail adapter reads the open message of a saved
// Gmail page (sender name and real address, recipient, subject, visible body,
// every link) and reports "no message" on the inbox.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readSavedPage } from "../../support/webmail-page.mjs";
import * as mail from "../../support/expected-mails.mjs";

test("a scam open in Gmail is read whole, without its hidden text and with every link", async () => {
  assert.deepEqual(await readSavedPage("gmail", "scam"), {
    state: "message",
    site: "gmail",
    message: {
      from: mail.SCAM_FROM,
      to: "hanako.yamada@gmail.com",
      subject: mail.SCAM_SUBJECT,
      body: [
        "Amazon お客様",
        "お客様のアカウントで異常なログインが検出されました。24時間以内に所有権を証明しない場合、アカウントは削除されます。",
        "所有権を証明する",
        "ご不明な点は https://www.amazon.co.jp/gp/help/customer/display.html をご覧ください。",
        "ご愉快なご生活を",
        "Amazon.co.jp カスタマーサービス",
      ].join("\n"),
      links: [
        ...mail.scamLinks("hanako.yamada@gmail.com"),
        // A link whose text is itself a URL: the service compares the two.
        {
          href: "https://www.amazon.co.jp/gp/help/customer/display.html",
          text: "https://www.amazon.co.jp/gp/help/customer/display.html",
        },
      ],
    },
  });
});

test("in a Gmail conversation the last expanded message is read, not the collapsed or earlier ones", async () => {
  assert.deepEqual(await readSavedPage("gmail", "thread-genuine"), {
    state: "message",
    site: "gmail",
    message: {
      from: mail.GENUINE_FROM,
      to: "hanako.yamada@gmail.com",
      subject: mail.GENUINE_SUBJECT,
      body: mail.GENUINE_BODY,
      links: mail.GENUINE_LINKS,
    },
  });
});

test("a Gmail message without links is read with an empty link list", async () => {
  assert.deepEqual(await readSavedPage("gmail", "no-links"), {
    state: "message",
    site: "gmail",
    message: {
      from: mail.NO_LINKS_FROM,
      to: "hanako.yamada@gmail.com",
      subject: mail.NO_LINKS_SUBJECT,
      body: mail.NO_LINKS_BODY,
      links: [],
    },
  });
});

test("the Gmail inbox, with no message open, reads as no message", async () => {
  assert.deepEqual(await readSavedPage("gmail", "inbox"), { state: "no-message", site: "gmail" });
});
