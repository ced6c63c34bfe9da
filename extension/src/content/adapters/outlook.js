// Outlook on the web (outlook.live.com, outlook.office.com). Class names are
// generated and change often, so this reads ARIA: the reading pane is
// role="main", each message of a conversation has its body in a div labelled
// "Message body" (メッセージ本文 in Japanese) and its sender on a persona whose
// title or label carries the address. Collapsed messages show no body.
(() => {
  "use strict";

  const page = globalThis.minukuPage;

  const PANE = ["[role='main'][aria-label='Reading Pane']", "[role='main'][aria-label='閲覧ウィンドウ']", "#ReadingPaneContainerId", "[role='main']"];
  const BODY = ["div[aria-label='Message body']", "div[aria-label='メッセージ本文']", "div[role='document']"];
  const MESSAGE = "[aria-label='Email message'], [aria-label='メール メッセージ'], [data-convitem], [role='listitem']";
  const SENDER = [
    "[aria-label^='From:' i]", "[aria-label^='差出人:']", "[aria-label^='差出人：']",
    "[role='button'][title*='@']", "span[title*='@']",
  ];
  const RECIPIENT = ["[aria-label^='To:' i]", "[aria-label^='宛先:']", "[aria-label^='宛先：']"];
  const SUBJECT = ["[role='heading'][aria-level='2'] span[title]", "[role='heading'][aria-level='2']", "#SubjectLine"];

  // Outlook Safe Links keep the link the sender wrote in `originalsrc`.
  const realHref = (anchor) => anchor.getAttribute("originalsrc") || anchor.getAttribute("href");

  function sender(message) {
    const element = page.first(message, SENDER);
    if (!element) return null;
    const shown = page.splitNameAndAddress(page.lineText(element));
    const address = shown.address || page.addressOf(element);
    if (!address) return null;
    let name = shown.name;
    if (!name) {
      // The persona label reads "From: Name <address>" or just "Name".
      const label = element.getAttribute("aria-label") ?? "";
      name = page.splitNameAndAddress(label.replace(/^(From|差出人)\s*[:：]/i, "")).name;
    }
    return { name, address };
  }

  function read(doc) {
    const pane = page.first(doc, PANE);
    if (!pane) return null;
    const bodies = page.all(pane, BODY);
    if (bodies.length === 0) return null;
    const body = bodies[bodies.length - 1];
    const message = body.closest(MESSAGE) ?? pane;

    const from = sender(message);
    if (!from) return null;
    return {
      from,
      to: page.addressWithin(page.first(message, RECIPIENT)) || null,
      subject: page.lineText(page.first(pane, SUBJECT)),
      body: page.visibleText(body),
      links: page.linksIn(body, realHref),
    };
  }

  page.registerAdapter({ id: "outlook", hosts: ["outlook.live.com", "outlook.office.com"], read });
})();
