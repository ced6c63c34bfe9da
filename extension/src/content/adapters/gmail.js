// Gmail (mail.google.com). A conversation is one h2.hP subject and one
// div.adn per expanded message; the sender and recipients are spans that
// carry the real address in an `email` attribute. Collapsed messages have no
// body (div.a3s), so the last message with a body is the one being read.
(() => {
  "use strict";

  const page = globalThis.minukuPage;

  const MESSAGE = ["div.adn", "[data-message-id]", "[data-legacy-message-id]"];
  const BODY = ["div.a3s", "div.ii.gt"];
  const SENDER = ["span.gD[email]", "h3.iw [email]", "[email][name]"];
  const RECIPIENT = ["span.g2[email]", "span.hb [email]"];
  const SUBJECT = ["h2.hP", "h2[data-thread-perm-id]", "[role='main'] h2"];

  function read(doc) {
    const main = doc.querySelector("[role='main']") ?? doc.body;
    const bodies = page.all(main, MESSAGE.flatMap((message) => BODY.map((body) => `${message} ${body}`)));
    if (bodies.length === 0) return null;
    const body = bodies[bodies.length - 1];
    const message = body.closest(MESSAGE.join(",")) ?? main;

    const senderElement = page.first(message, SENDER);
    const address = page.addressOf(senderElement);
    if (!address) return null;
    const name = senderElement.getAttribute("name")?.trim() || page.lineText(senderElement);

    return {
      from: { name: name === address ? "" : name, address },
      to: page.addressWithin(page.first(message, RECIPIENT)) || null,
      subject: page.lineText(page.first(main, SUBJECT)),
      body: page.visibleText(body),
      // Gmail keeps the real target in href (its own redirect sits in data-saferedirecturl).
      links: page.linksIn(body),
    };
  }

  page.registerAdapter({ id: "gmail", hosts: ["mail.google.com"], read });
})();
