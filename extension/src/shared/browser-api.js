// Firefox offers `browser`, Chrome `chrome`; both have the promise-based
// WebExtension API used here.
export const api = globalThis.browser ?? globalThis.chrome;
