// Yahoo Mail (mail.yahoo.com). Its markup names its parts with data-test-id
// (kept stable for Yahoo's own tests, unlike the generated class names):
// message-view per message of a conversation, message-from / message-to with
// an email-pill whose title is the address, message-view-body-content for
// the body. Collapsed messages in a conversation carry no body.
(() => {
  "use strict";

  const page = globalThis.minukuPage;

  const BODY = ["[data-test-id='message-view-body-content']", "[data-test-id='message-view-body']", "div.msg-body"];
  const MESSAGE = "[data-test-id='message-view']";
  const SENDER = ["[data-test-id='message-from'] [data-test-id='email-pill']", "[data-test-id='message-from']"];
  const SENDER_NAME = ["[data-test-id='email-pill-name']"];
  const RECIPIENT = ["[data-test-id='message-to'] [data-test-id='email-pill']", "[data-test-id='message-to']"];
  const SUBJECT = ["[data-test-id='message-group-subject-text']", "[data-test-id='message-subject']", "[data-test-id='message-group-subject']"];

  function read(doc) {
    const bodies = page.all(doc, BODY);
    if (bodies.length === 0) return null;
    const body = bodies[bodies.length - 1];
    const message = body.closest(MESSAGE) ?? doc.body;

    const senderElement = page.first(message, SENDER);
    const address = page.addressWithin(senderElement);
    if (!address) return null;
    const nameElement = page.first(senderElement, SENDER_NAME);
    const name = nameElement ? page.lineText(nameElement) : page.splitNameAndAddress(page.lineText(senderElement)).name;

    return {
      from: { name, address },
      to: page.addressWithin(page.first(message, RECIPIENT)) || null,
      subject: page.lineText(page.first(doc, SUBJECT)),
      body: page.visibleText(body),
      links: page.linksIn(body),
    };
  }

  page.registerAdapter({ id: "yahoo-mail", hosts: ["mail.yahoo.com"], read });
})();
