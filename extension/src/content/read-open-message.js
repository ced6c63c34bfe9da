// Chooses the site adapter by host and reads the open message. Injected last,
// after reading.js and the adapters; the service worker then calls
// minukuPage.readOpenMessage() and gets a plain, cloneable result.
(() => {
  "use strict";

  const page = globalThis.minukuPage;

  function adapterFor(hostname) {
    for (const adapter of page.adapters.values()) {
      if (adapter.hosts.includes(hostname)) return adapter;
    }
    return null;
  }

  /**
   * { state: "message", site, message } when an email is open;
   * { state: "no-message", site } on the inbox, settings or a page the
   * adapter cannot read (one adapter's failure stays on its own site);
   * { state: "unsupported", site: null } anywhere else.
   */
  page.readOpenMessage = function readOpenMessage(doc = document, hostname = location.hostname) {
    const adapter = adapterFor(hostname);
    if (!adapter) return { state: "unsupported", site: null };
    let message;
    try {
      message = adapter.read(doc);
    } catch (error) {
      // A webmail changed its page: say "open an email first" rather than fail.
      console.warn(`Minuku: the ${adapter.id} adapter could not read this page`, error);
      return { state: "no-message", site: adapter.id };
    }
    if (!message || !message.from || !message.from.address) return { state: "no-message", site: adapter.id };
    return { state: "message", site: adapter.id, message };
  };
})();
