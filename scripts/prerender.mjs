// Prerenders the stand-alone page's board into a release folder's index.html, so a visitor
// sees the board as soon as the HTML arrives instead of after the wasm has loaded, compiled
// and drawn it (the "board in the DOM" budget of scripts/bench).
//
//   node scripts/prerender.mjs DIST      (run by scripts/build after Trunk)
//
// The board is not hand-written HTML: the release build's own wasm runs here, in Node, on a
// small DOM (linkedom), exactly as for a first-time visitor (empty storage, no share link),
// and what it draws is written into `<main id="role-lanes">`. So the prerender cannot drift
// from the app. It is marked `inert` (nothing in it can be focused, clicked or read out before
// the app is live) and `data-prerendered`; the app replaces it in one go once the browser has
// painted it (`shell::mount`), so a first-time visitor sees no change, and a returning one
// sees their own board replace the default one. The warnings side panel is left empty: it costs
// a third of the HTML, sits beside (or below) the board, and the app fills it in place.
// Everything here adds to the first load (scripts/bench), so the prerender keeps only what
// shows.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';

const consoleError = console.error;
const fail = (message) => {
  consoleError(`prerender: ${message}`);
  process.exit(1);
};

const dist = resolve(process.argv[2] ?? 'dist');
const indexPath = join(dist, 'index.html');
const index = readFileSync(indexPath, 'utf8');

// index.html preloads the glue and the wasm by their hashed names.
const glue = index.match(/href="?\/?(role-lanes-[0-9a-f]+\.js)"?[^>]*rel="?modulepreload/)?.[1];
const wasm = index.match(/href="?\/?(role-lanes-[0-9a-f]+_bg\.wasm)"?[^>]*rel="?preload/)?.[1];
if (!glue || !wasm) fail('index.html preloads no glue and wasm this script can read');

/** The page's globals, as the app's glue reaches them, on linkedom's DOM. */
function installPage(html) {
  const page = parseHTML(html);
  const stored = new Map();
  const storage = {
    getItem: (key) => (stored.has(key) ? stored.get(key) : null),
    setItem: (key, value) => void stored.set(key, String(value)),
    removeItem: (key) => void stored.delete(key),
    key: (i) => [...stored.keys()][i] ?? null,
    get length() {
      return stored.size;
    },
  };
  // wasm-bindgen's `web_sys::window()` is `globalThis` checked with `instanceof Window`.
  Object.assign(globalThis, {
    window: globalThis,
    self: globalThis,
    document: page.document,
    localStorage: storage,
    location: new URL('http://localhost/'),
    history: { replaceState() {}, pushState() {} },
    addEventListener() {},
    removeEventListener() {},
    requestAnimationFrame: (callback) => setTimeout(() => callback(performance.now()), 0),
    Window: class Window {
      static [Symbol.hasInstance](value) {
        return value === globalThis;
      }
    },
  });
  for (const name of ['Node', 'Element', 'HTMLElement', 'HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement',
    'Document', 'DocumentFragment', 'Text', 'Comment', 'Event', 'CustomEvent', 'EventTarget', 'NodeList']) {
    if (page[name] && !(name in globalThis)) globalThis[name] = page[name];
  }
  return page.document;
}

const document = installPage(index);
// Whatever the app logs as an error, until this script ends, fails the build.
const errors = [];
console.error = (...args) => errors.push(args.join(' '));
try {
  const { default: init } = await import(pathToFileURL(join(dist, glue)).href);
  await init({ module_or_path: readFileSync(join(dist, wasm)) });
  await new Promise((settle) => setTimeout(settle, 50));
} catch (err) {
  errors.push(String(err?.stack ?? err));
}
if (errors.length) fail(`the app failed in Node:\n${errors.join('\n')}`);

const host = document.querySelector('#role-lanes');
const app = host?.querySelector('.rl-app');
const lanes = app?.querySelectorAll('section[data-lane]').length ?? 0;
const cards = app?.querySelectorAll('section[data-lane] [data-activity]').length ?? 0;
if (lanes !== 4 || cards === 0) fail(`the app drew ${lanes} lanes and ${cards} cards, not a board`);

// Form values the app set as properties become attributes, so the HTML shows them.
for (const input of app.querySelectorAll('input')) {
  if (input.value && !input.hasAttribute('value')) input.setAttribute('value', input.value);
}
for (const panel of app.querySelectorAll('.rl-side')) panel.replaceChildren();
// Inert content is neither read out nor used, so what only assistive technology or
// interaction needs is left out (a third less HTML); what the eye sees, and what CSS or the
// live app's tests select on (classes, data-*, type, disabled, placeholder), stays.
for (const hidden of app.querySelectorAll('.rl-sr-only')) hidden.remove();
const UNSEEN = /^(aria-.*|role|title|tabindex|id|for|maxlength|min|max|inputmode|accept)$/;
for (const el of [app, ...app.querySelectorAll('*')]) {
  for (const name of el.getAttributeNames()) if (UNSEEN.test(name)) el.removeAttribute(name);
}
app.setAttribute('inert', '');
app.setAttribute('data-prerendered', '');
app.removeAttribute('tabindex');

const noscript = '<noscript><p class="rl-loading">Role Lanes needs JavaScript and WebAssembly to run.</p></noscript>';
const status = '<p class="rl-sr-only" role="status">Loading the board…</p>';
const main = /(<main\b[^>]*\bid=["']?role-lanes\b[^>]*>)[\s\S]*?(<\/main>)/;
if (!main.test(index)) fail('index.html has no <main id="role-lanes">');
// Written as an HTML minifier would: empty attributes bare (`data-lead`), plain values
// unquoted (`class=rl-card`). Only inside tags; the parsed page is the same.
const board = app.outerHTML.replace(/<[^>]+>/g, (tag) =>
  tag.replace(/ ([a-z-]+)="([A-Za-z0-9_.-]*)"/g, (_, name, value) => (value ? ` ${name}=${value}` : ` ${name}`)),
);
const html = index.replace(main, (_, open, close) => `${open}${status}${noscript}${board}${close}`);
if (errors.length) fail(`the app failed in Node:\n${errors.join('\n')}`);
writeFileSync(indexPath, html);
consoleError(`[prerender] ${cards} cards in ${lanes} lanes, index.html ${(html.length / 1024).toFixed(1)} KiB`);
// The app's timers and listeners would keep Node running: the page is written, so stop.
process.exit(0);
