// Trunk's post-build hook (see Trunk.toml), for release and development builds alike: writes
// `role-lanes.js`, the one file a page includes to show Role Lanes, and makes the stand-alone
// page load through it instead of Trunk's inline script (which a strict Content-Security-Policy,
// `script-src 'self'`, refuses).
//
// `role-lanes.js` finds everything else beside itself (`import.meta.url`), so a page on any
// folder or host can include it: it links the app's stylesheet once and starts the wasm, which
// mounts a board into every `[data-role-lanes]` element (`shell::mount`). The hashed names of
// the wasm, its glue and the stylesheet are read from Trunk's index.html and written in.
//
//   node scripts/loader.mjs [DIR]    # default: $TRUNK_STAGING_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk (TRUNK_STAGING_DIR) or give the release folder');

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// Trunk's loader: <script type=module>import init, * as bindings from '/role-lanes-<hash>.js';
// const wasm = await init({ module_or_path: '/role-lanes-<hash>_bg.wasm' }); ...</script>
const inline = html.match(/<script type="?module"?>\s*import init[^<]*<\/script>/);
const glue = inline?.[0].match(/from\s*'(\/?)(role-lanes-[0-9a-f]+\.js)'/);
const wasm = inline?.[0].match(/module_or_path:\s*'\/?(role-lanes-[0-9a-f]+_bg\.wasm)'/)?.[1];
const css = html.match(/<link[^>]*href="?\/?(app-[0-9a-f]+\.css)"?/)?.[1];
if (!inline || !glue || !wasm || !css) {
  throw new Error('index.html has no Trunk loader and stylesheet this script can read');
}
const [, prefix, glueFile] = glue;

const source = `const here = (file) => new URL(file, import.meta.url).href;
const styles = here(${JSON.stringify(css)});
if (![...document.querySelectorAll('link[rel~="stylesheet"]')].some((link) => link.href === styles)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styles;
  document.head.append(link);
}
const { default: init } = await import(here(${JSON.stringify(glueFile)}));
await init({ module_or_path: here(${JSON.stringify(wasm)}) });
`;
// Every page that shows the board loads this file, so release builds minify it; the one line
// kept says what it is to whoever opens it.
const release = process.argv[2] !== undefined || process.env.TRUNK_PROFILE === 'release';
const code = release ? (await transform(source, { minify: true, format: 'esm', target: 'es2022' })).code : source;
const loader = `// Role Lanes: include once per page; it mounts every [data-role-lanes] (README, "Embedding").\n${code}`;
writeFileSync(join(dir, 'role-lanes.js'), loader);

// The stand-alone page starts the same way, with no inline script.
html = html.replace(inline[0], `<script type="module" src="${prefix}role-lanes.js"></script>`);
writeFileSync(indexPath, html);
console.error(`[loader] role-lanes.js written (${loader.length} bytes); index.html loads through it`);
