// The embed script, published as `role-lanes.js`: the one file a page includes to show Role
// Lanes (README, "Embedding"). scripts/loader.mjs writes it into the release folder with the
// hashed names of the files it loads filled in (the @…@ words); everything is found beside it.
//
// Every `[data-role-lanes]` element, on the page now or added later, becomes a widget. Each
// gets an open shadow root holding the app's stylesheet (one constructed sheet for all) and
// the element the app draws in, so the host page's CSS never reaches the widget and the
// widget's never reaches the page. The stand-alone page (`data-standalone`) draws in place,
// under its own stylesheet. The wasm then mounts an app into each (`shell::mount`).
const here = (file) => new URL(file, import.meta.url).href;

// One constructed stylesheet for every widget, fetched when the first one needs it.
let styles;
const sheet = () =>
  (styles ??= fetch(here('@CSS@'))
    .then((answer) => (answer.ok ? answer.text() : Promise.reject(new Error(`${answer.status} ${answer.url}`))))
    .then((css) => {
      const constructed = new CSSStyleSheet();
      constructed.replaceSync(css);
      return constructed;
    }));

/** Gives `host` its shadow root and drawing element at once, and the stylesheet once it is
 * there; false when the host needs none or has one. */
function isolate(host) {
  if (host.shadowRoot || host.hasAttribute('data-standalone')) return false;
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  mount.className = 'rl-embed';
  shadow.append(mount);
  sheet().then((constructed) => (shadow.adoptedStyleSheets = [constructed]));
  return true;
}

const hostsIn = (node) => [
  ...(node.matches?.('[data-role-lanes]') ? [node] : []),
  ...(node.querySelectorAll?.('[data-role-lanes]') ?? []),
];

const glue = import(here('@GLUE@'));
// Widgets added from now on are isolated at once and announced to the app, which mounts each
// one once (one added before the wasm runs is found by its first look instead).
new MutationObserver((changes) => {
  for (const change of changes) {
    for (const node of change.addedNodes) {
      for (const host of hostsIn(node)) {
        isolate(host);
        host.dispatchEvent(new Event('role-lanes:mount', { bubbles: true }));
      }
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
// The widgets on the page now show styled from their first frame: the wasm starts once the
// stylesheet is there.
if (hostsIn(document).filter(isolate).length > 0) await sheet();
const { default: init } = await glue;
await init({ module_or_path: here('@WASM@') });
