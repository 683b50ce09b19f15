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

// Inflates a share link's raw deflate, reading the output as it comes and stopping once it
// passes `cap` bytes, so a decompression bomb costs no more than that. Resolves to the bytes,
// or to null past the cap; rejects with what had come out (a Uint8Array) when the data is
// damaged or breaks off, or when the browser cannot inflate at all (nothing came out).
export async function inflateRaw(bytes, cap) {
  const parts = [];
  let size = 0;
  try {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
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
