// Yahoo! JAPAN メール (mail.yahoo.co.jp). Its class names are generated, but
// its parts carry data-cy attributes (kept for Yahoo! JAPAN's own Cypress
// tests): the open message sits in data-cy="mailPreviewArea" (or a detail
// page of its own), each message of a thread in an <article>, and an HTML
// body in a same-origin iframe data-cy="htmlMail". Where a data-cy name is
// not known for sure, the visible header labels (差出人 / 宛先 / 件名) and
// the address in a title or mailto: are read instead.
(() => {
  "use strict";

  const page = globalThis.minukuPage;

  const AREA = ["[data-cy='mailPreviewArea']", "[data-cy='mailDetail']", "main", "[role='main']"];
  const MESSAGE = ["article"];
  const HTML_BODY = "iframe[data-cy='htmlMail']";
  const TEXT_BODY = ["[data-cy='textMail']", "[data-cy='plainMail']", "pre"];
  const SENDER = ["[data-cy='mailFrom']", "[data-cy='fromAddress']"];
  const RECIPIENT = ["[data-cy='mailTo']", "[data-cy='toAddress']"];
  const SUBJECT = ["[data-cy='mailSubject']", "[data-cy='subject']", "h1", "h2"];

  /** The element that holds the body text: the HTML iframe's body, or the plain-text block. */
  function bodyOf(message) {
    const frame = message.querySelector(HTML_BODY);
    if (frame) {
      // Same-origin frame: readable from the page's content script.
      return frame.contentDocument?.body ?? null;
    }
    return page.first(message, TEXT_BODY);
  }

  function read(doc) {
    const area = page.first(doc, AREA);
    if (!area) return null;
    const messages = page.all(area, MESSAGE).filter((article) => bodyOf(article));
    const message = messages.length > 0 ? messages[messages.length - 1] : area;
    const body = bodyOf(message);
    if (!body) return null;

    const senderElement = page.first(message, SENDER) ?? page.valueAfterLabel(message, ["差出人", "From"]);
    const shown = page.splitNameAndAddress(page.lineText(senderElement));
    const address = shown.address || page.addressWithin(senderElement);
    if (!address) return null;

    const recipient = page.first(message, RECIPIENT) ?? page.valueAfterLabel(message, ["宛先", "To"]);
    const subject = page.first(message, SUBJECT) ?? page.first(area, SUBJECT) ?? page.valueAfterLabel(message, ["件名", "Subject"]);
    return {
      from: { name: shown.name, address },
      to: page.addressWithin(recipient) || null,
      subject: page.lineText(subject),
      body: page.visibleText(body),
      links: page.linksIn(body),
    };
  }

  page.registerAdapter({ id: "yahoo-japan-mail", hosts: ["mail.yahoo.co.jp"], read });
})();
