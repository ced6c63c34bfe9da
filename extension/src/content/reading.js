// Reading helpers shared by the site adapters. Injected on demand into the
// webmail tab (classic script: content scripts cannot be modules), so it only
// defines functions on one namespace; injecting it twice is harmless.
(() => {
  "use strict";

  const page = (globalThis.minukuPage ??= { adapters: new Map() });

  // Elements whose text the reader never sees.
  const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE", "META", "LINK", "SVG"]);
  // Elements that start a new line when the page lays them out.
  const BLOCK_TAGS = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CENTER", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
    "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV",
    "OL", "P", "PRE", "SECTION", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
  ]);
  const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/;
  const HTML_SPACE = /[\t\n\f\r ]+/g;

  function styleOf(element) {
    const view = element.ownerDocument.defaultView;
    return view ? view.getComputedStyle(element) : null;
  }

  function isHidden(element, style = styleOf(element)) {
    if (element.hidden) return true;
    return style !== null && (style.display === "none" || style.visibility === "hidden");
  }

  function keepsLineBreaks(element, style) {
    return element.tagName.toUpperCase() === "PRE" || (style !== null && style.whiteSpace.startsWith("pre"));
  }

  function tidyLines(text) {
    return text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join("\n");
  }

  /**
   * The text a reader sees in `root`: hidden elements (display:none, the
   * `hidden` attribute), scripts and styles are left out, because scam mails
   * hide text to fool filters; block elements and <br> end a line.
   */
  page.visibleText = function visibleText(root) {
    if (!root) return "";
    const parts = [];
    // `preformatted`: inside <pre> or white-space: pre*, where line breaks in the text are kept.
    const walk = (node, preformatted) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          parts.push(preformatted ? child.data : child.data.replace(HTML_SPACE, " "));
        } else if (child.nodeType === 1) {
          const tag = child.tagName.toUpperCase();
          if (SKIPPED_TAGS.has(tag)) continue;
          const style = styleOf(child);
          if (isHidden(child, style)) continue;
          if (tag === "BR") {
            parts.push("\n");
            continue;
          }
          const block = BLOCK_TAGS.has(tag);
          if (block) parts.push("\n");
          walk(child, preformatted || keepsLineBreaks(child, style));
          if (block) parts.push("\n");
        }
      }
    };
    walk(root, root.nodeType === 1 && keepsLineBreaks(root, styleOf(root)));
    return tidyLines(parts.join(""));
  };

  /** One line of visible text, whitespace collapsed (for names, subjects, link text). */
  page.lineText = function lineText(element) {
    if (!element) return "";
    return page.visibleText(element).replace(/\s+/g, " ").trim();
  };

  /** The first e-mail address written in `text`, lower-cased, or "". */
  page.addressIn = function addressIn(text) {
    const match = ADDRESS.exec(text ?? "");
    return match ? match[0].toLowerCase() : "";
  };

  /**
   * An address shown on an element: in an attribute the webmail keeps for it
   * (email, title, aria-label, mailto: href) first, the visible text last.
   */
  page.addressOf = function addressOf(element, attributes = ["email", "data-email", "title", "aria-label", "href"]) {
    if (!element) return "";
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (!value) continue;
      const found = page.addressIn(name === "href" ? value.replace(/^mailto:/i, "") : value);
      if (found) return found;
    }
    return page.addressIn(element.textContent);
  };

  /** An address on the element itself or, failing that, on the first descendant that carries one. */
  page.addressWithin = function addressWithin(element) {
    if (!element) return "";
    const own = page.addressOf(element);
    if (own) return own;
    const carrier = element.querySelector("[email], [data-email], [title*='@'], [aria-label*='@'], a[href^='mailto:']");
    return carrier ? page.addressOf(carrier) : "";
  };

  /**
   * Splits "Name <address>" (or "Name（address）") as webmails print a sender.
   * The name loses quotes and any leftover address.
   */
  page.splitNameAndAddress = function splitNameAndAddress(text) {
    const clean = (text ?? "").replace(/\s+/g, " ").trim();
    const address = page.addressIn(clean);
    if (!address) return { name: clean, address: "" };
    const start = clean.toLowerCase().indexOf(address);
    const name = (clean.slice(0, start) + clean.slice(start + address.length))
      .replace(/[<>()（）＜＞"']/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return { name, address };
  };

  /** First element matching any of the selectors, tried in order (robust ones first). */
  page.first = function first(root, selectors) {
    if (!root) return null;
    for (const selector of selectors) {
      const found = root.querySelector(selector);
      if (found) return found;
    }
    return null;
  };

  /** Every element matching any of the selectors, in the first selector that matches anything. */
  page.all = function all(root, selectors) {
    if (!root) return [];
    for (const selector of selectors) {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return Array.from(found);
    }
    return [];
  };

  /**
   * Every link in the message body with the href it really goes to and the
   * text the reader sees (an image link's alt text when it has no text).
   * `realHref` lets an adapter undo the webmail's own link wrapping.
   */
  page.linksIn = function linksIn(root, realHref = (a) => a.getAttribute("href")) {
    if (!root) return [];
    const links = [];
    for (const anchor of root.querySelectorAll("a[href]")) {
      if (isHidden(anchor)) continue;
      const href = (realHref(anchor) ?? "").trim();
      if (!href || href.startsWith("#")) continue;
      let text = page.lineText(anchor);
      if (!text) {
        const image = anchor.querySelector("img[alt]");
        text = image ? image.getAttribute("alt").trim() : "";
      }
      links.push({ href, text });
    }
    return links;
  };

  /**
   * Finds the value next to a visible label such as 差出人 or From: in a
   * definition list, a table row or a label/value pair of elements. Webmails
   * that hash their class names still print these labels.
   */
  page.valueAfterLabel = function valueAfterLabel(root, labels) {
    if (!root) return null;
    const wanted = new Set(labels.map((label) => label.toLowerCase()));
    for (const element of root.querySelectorAll("dt, th, span, div, label")) {
      if (element.children.length > 0) continue;
      const label = element.textContent.replace(/[:：\s]+$/u, "").trim().toLowerCase();
      if (!wanted.has(label)) continue;
      const value = element.nextElementSibling;
      if (value) return value;
    }
    return null;
  };

  /** Registers one webmail's adapter; the last registration of an id wins. */
  page.registerAdapter = function registerAdapter(adapter) {
    page.adapters.set(adapter.id, adapter);
  };
})();
