// Trunk's post-build hook for release builds (see Trunk.toml): gives the app's wasm imports
// short names. wasm-bindgen names each of its ~175 imports like
// `__wbg_addEventListener_5f2d8a3c91b04e77`, and every name is written twice, in the wasm's
// import section and as a key of the JS glue's import object; the hashes do not compress, so
// the names cost about 4 KB of the gzipped first load. This renames each import of the glue
// module to a short one (`a`, `b`, ... `aB`) in both files, minifies the glue and the JS
// snippets it imports with esbuild (Trunk's own JS minifier fails on the glue). Nothing else
// changes: the wasm's code and the glue's functions are untouched, and a name the glue does
// not hold exactly once stops the build.
// The long export names of closure trampolines get short ones the same way.
//
//   node scripts/shrink-glue.mjs [DIR]    # default: $TRUNK_STAGING_DIR; release builds only
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk (TRUNK_STAGING_DIR) or give the release folder');
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const files = readdirSync(dir);
const wasmFile = files.find((f) => /^role-lanes-[0-9a-f]+_bg\.wasm$/.test(f));
const jsFile = files.find((f) => /^role-lanes-[0-9a-f]+\.js$/.test(f));
if (!wasmFile || !jsFile) throw new Error(`no app wasm and glue in ${dir}: ${files.join(', ')}`);
const GLUE_MODULE = './role-lanes_bg.js';

// ---- the wasm's import section ---------------------------------------------------------------
function readVarint(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function varint(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([varint(Buffer.byteLength(text)), Buffer.from(text)]);

/** `a`..`z`, `A`..`Z`, then two letters: short, valid JS identifiers. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  do {
    text = letters[n % letters.length] + text;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return text;
}

const wasm = readFileSync(join(dir, wasmFile));
if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmFile} is not WebAssembly`);
const renames = new Map();
const exportRenames = new Map();
const parts = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = readVarint(wasm, at + 1);
  const end = body + size;
  if (id === 7) {
    parts.push(renamedExports(body, end));
    at = end;
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  // Import section: count, then (module, field, kind, description) for each import.
  let [count, p] = readVarint(wasm, body);
  const entries = [varint(count)];
  while (count-- > 0) {
    const [moduleLen, m] = readVarint(wasm, p);
    const module = wasm.toString('utf8', m, m + moduleLen);
    const [fieldLen, f] = readVarint(wasm, m + moduleLen);
    const field = wasm.toString('utf8', f, f + fieldLen);
    let q = f + fieldLen;
    const kind = wasm[q++];
    if (kind === 0) [, q] = readVarint(wasm, q); // function: type index
    else if (kind === 1) q = readLimits(q + 1); // table: reftype, limits
    else if (kind === 2) q = readLimits(q); // memory: limits
    else if (kind === 3) q += 2; // global: valtype, mutability
    else throw new Error(`unknown import kind ${kind}`);
    let renamed = field;
    if (module === GLUE_MODULE) {
      if (!renames.has(field)) renames.set(field, shortName(renames.size));
      renamed = renames.get(field);
    }
    entries.push(name(module), name(renamed), wasm.subarray(f + fieldLen, q));
    p = q;
  }
  if (p !== end) throw new Error('import section did not parse to its end');
  const content = Buffer.concat(entries);
  parts.push(Buffer.from([2]), varint(content.length), content);
  at = end;
}

// Exports: wasm-bindgen names each closure trampoline after its Rust path (130 characters,
// crate hashes included), written in the export section and once in the glue, which alone
// calls them. Those long names become `c0`, `c1`, ...; the short ones stay.
function renamedExports(body, end) {
  let [count, p] = readVarint(wasm, body);
  const entries = [varint(count)];
  while (count-- > 0) {
    const [len, n] = readVarint(wasm, p);
    const field = wasm.toString('utf8', n, n + len);
    const kind = wasm[n + len];
    const [, q] = readVarint(wasm, n + len + 1);
    let renamed = field;
    if (field.length > 40) {
      renamed = `c${exportRenames.size}`;
      exportRenames.set(field, renamed);
    }
    entries.push(name(renamed), Buffer.from([kind]), wasm.subarray(n + len + 1, q));
    p = q;
  }
  if (p !== end) throw new Error('export section did not parse to its end');
  const content = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([7]), varint(content.length), content]);
}

function readLimits(q) {
  const flags = wasm[q++];
  [, q] = readVarint(wasm, q);
  if (flags & 1) [, q] = readVarint(wasm, q);
  return q;
}

// ---- the glue's import object ----------------------------------------------------------------
let js = readFileSync(join(dir, jsFile), 'utf8');
for (const [long, short] of renames) {
  const key = new RegExp(`(^|[\\s{,])${long}(?=\\s*:)`, 'g');
  const found = js.match(key)?.length ?? 0;
  if (found !== 1) throw new Error(`${jsFile} names the import ${long} ${found} times, expected once`);
  js = js.replace(key, `$1${short}`);
}

for (const [long, short] of exportRenames) {
  const use = new RegExp(`\\bwasm\\.${long}\\b`, 'g');
  const found = js.match(use)?.length ?? 0;
  if (found === 0) throw new Error(`${jsFile} never calls the export ${long}`);
  js = js.replace(use, `wasm.${short}`);
}

// Identifiers and whitespace only: property names (the import object's keys) and the
// module's exports keep their names.
js = (await transform(js, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' })).code;

// The JS snippets the glue imports (`src/shell/*.js`, copied as written, comments and all)
// load with the board too: minified the same way, exports keep their names.
const snippets = readdirSync(join(dir, 'snippets'), { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .map((f) => join('snippets', f).replaceAll('\\', '/'));
const minified = [];
for (const file of snippets) {
  const source = readFileSync(join(dir, file), 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });
  minified.push([file, Buffer.from(code)]);
}

// ---- write -------------------------------------------------------------------------------------
// index.html carries no integrity hashes (see its comment), so nothing there needs updating.
const newWasm = Buffer.concat(parts);
writeFileSync(join(dir, wasmFile), newWasm);
writeFileSync(join(dir, jsFile), js);
for (const [file, code] of minified) writeFileSync(join(dir, file), code);
console.error(`[shrink-glue] ${renames.size} imports and ${exportRenames.size} exports renamed: wasm ${wasm.length} -> ${newWasm.length} bytes; ${minified.length} snippets minified`);
