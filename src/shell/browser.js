// The page-side helpers the wasm calls, in one file so the board loads them in one request:
// share-link compression (shell::deflate), the clipboard (shell::clipboard) and loading the
// file-formats module (shell::exchange).

// ---- share links: raw deflate by the browser (shell::deflate) ------------------------------

// Raw deflate (RFC 1951) with the browser's own compressor and inflater, for share links:
// the wasm then carries neither.

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const same = (a, b) => a.length === b.length && a.every((byte, i) => byte === b[i]);

// Resolves to the compressed bytes, once they have been inflated back to `bytes` (a faulty
// compressor, or one writing zlib instead of raw deflate, then costs a longer link, never
// one that cannot be opened); rejects where the browser has no CompressionStream, and the
// app then uses the uncompressed form.
export async function deflateRaw(bytes) {
  // A view of the wasm's memory, which may move while this awaits: keep a copy.
  bytes = bytes.slice();
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
  if (!same(await pipe(packed, new DecompressionStream('deflate-raw')), bytes)) {
    throw new Error('the compressed link does not inflate back');
  }
  return packed;
}

function joined(parts, size) {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Whether this browser inflates raw deflate (Safari before 16.4 and Firefox before 113 do not). */
function canInflate() {
  try {
    return typeof DecompressionStream === 'function' && Boolean(new DecompressionStream('deflate-raw'));
  } catch {
    return false;
  }
}

// `bytes` a kilobyte at a time, each only once the inflater has taken the one before, so a
// decompression bomb is stopped within a kilobyte of input past the cap.
function trickle(bytes) {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + 1024));
      at += 1024;
    },
  }, { highWaterMark: 0 });
}

// Inflates a share link's raw deflate, reading the output as it comes and stopping once it
// passes `cap` bytes. Resolves to the bytes, or to null past the cap; rejects with what had
// come out (a Uint8Array) when the data is damaged or breaks off, and with the string
// "unsupported" where the browser cannot inflate at all.
export async function inflateRaw(bytes, cap) {
  if (!canInflate()) throw 'unsupported';
  const parts = [];
  let size = 0;
  try {
    const reader = trickle(bytes.slice()).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return joined(parts, size);
      size += value.length;
      if (size > cap) {
        reader.cancel().catch(() => {});
        return null;
      }
      parts.push(value);
    }
  } catch {
    throw joined(parts, size);
  }
}

// ---- the clipboard (shell::clipboard) ---------------------------------------------------------

// Copying a share link. The link is ready only once the browser has compressed it, after the
// press that asked for it, and Safari's engine refuses a clipboard write that starts after an
// await; it takes one started during the press whose text is a promise. `startCopy` starts
// such a write and returns the function that finishes it: given the text, it resolves to
// whether the clipboard took it; given nothing, it gives up. Null where the browser has no
// ClipboardItem: `copy` then writes the text when it is ready.
export function startCopy() {
  if (typeof ClipboardItem !== 'function' || !navigator.clipboard || !navigator.clipboard.write) return null;
  let give;
  const text = new Promise((resolve, reject) => {
    give = (value) => (value === undefined ? reject(new Error('nothing to copy')) : resolve(new Blob([value], { type: 'text/plain' })));
  });
  text.catch(() => {}); // giving up is not an error
  let copied;
  try {
    copied = navigator.clipboard.write([new ClipboardItem({ 'text/plain': text })]).then(() => true, () => false);
  } catch {
    return null;
  }
  return (value) => {
    give(value);
    return copied;
  };
}

export function abandonCopy(begun) {
  if (begun) begun();
}

// Copies `text` into the write `begun` (from `startCopy`, or null), else, or where that one
// was refused, with writeText. Resolves to whether the clipboard took it: false without
// permission, on an insecure page (no `navigator.clipboard` at all), in a locked-down iframe.
export async function copy(text, begun) {
  if (begun && (await begun(text))) return true;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// ---- the file-formats module (shell::exchange) -------------------------------------------------

// Loads the file-formats module (JSON, Markdown and CSV exports, and imports) the first time
// one is needed: the board does not need it to show itself, so it is not part of the first
// load. It sits beside the app's own script in the release folder; this file is copied to
// `snippets/<crate>-<hash>/src/shell/`, so the folder is found from this file's own address.
let loading = null;

function moduleUrl() {
  return new URL(import.meta.url.replace(/\/snippets\/.*$/, '/role-lanes-exchange.js'));
}

export function callExchange(name, first, second) {
  if (loading === null) {
    loading = import(moduleUrl()).then(async (module) => {
      await module.default();
      return module;
    });
    // A failed load (offline, say) is tried again next time rather than remembered.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading.then((module) => module[name](first, second));
}
