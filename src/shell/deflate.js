// Raw deflate (RFC 1951) with the browser's own compressor, for share links: the wasm then
// needs no compressor of its own. Resolves to the compressed bytes; rejects where the
// browser has no CompressionStream, and the app then uses the uncompressed form.
export async function deflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
