// Trunk's post-build hook (see Trunk.toml), for release and development builds alike: writes
// `role-lanes.js`, the one file a page includes to show Role Lanes, and `role-lanes-page.js`,
// through which the stand-alone page starts instead of Trunk's inline script (which a strict
// Content-Security-Policy, `script-src 'self'`, refuses).
//
// `role-lanes.js` (from src/embed/role-lanes.js) finds everything else beside itself
// (`import.meta.url`), so a page on any folder or host can include it. The hashed names of the
// wasm, its glue and the stylesheet are read from Trunk's index.html and written in.
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

const template = readFileSync(new URL('../src/embed/role-lanes.js', import.meta.url), 'utf8');
const source = template.replace('@CSS@', css).replace('@GLUE@', glueFile).replace('@WASM@', wasm);
if (/@[A-Z]+@/.test(source)) throw new Error('src/embed/role-lanes.js names a file this script does not know');
// Every page that shows the board loads one of these files, so release builds minify them;
// the one line kept says what it is to whoever opens it.
const release = process.argv[2] !== undefined || process.env.TRUNK_PROFILE === 'release';
const minify = async (code) =>
  release ? (await transform(code, { minify: true, format: 'esm', target: 'es2022' })).code : code;
const embed = `// Role Lanes embed script (README, "Embedding")\n${await minify(source)}`;
writeFileSync(join(dir, 'role-lanes.js'), embed);

// The stand-alone page draws in place under its own stylesheet: it needs none of the embed
// script's isolation, only the start, as an external file.
const start = `const here = (file) => new URL(file, import.meta.url).href;
const { default: init } = await import(here(${JSON.stringify(glueFile)}));
await init({ module_or_path: here(${JSON.stringify(wasm)}) });
`;
writeFileSync(join(dir, 'role-lanes-page.js'), `// Role Lanes: starts index.html's board\n${await minify(start)}`);
html = html.replace(inline[0], `<script type="module" src="${prefix}role-lanes-page.js"></script>`);
writeFileSync(indexPath, html);
console.error(`[loader] role-lanes.js written (${embed.length} bytes); index.html starts through role-lanes-page.js`);
