// Minimal static file server for the built app in dist/ (e2e tests and the benchmark).
// Serves .wasm as application/wasm so WebAssembly.instantiateStreaming works, sends no-store
// so every benchmark load is cold, and never lets a path escape the root.
//
//   node tests/e2e/static-server.mjs [--root dist] [--port 0] [--host 127.0.0.1]
// Prints "listening http://HOST:PORT/" once ready. Also importable: startServer({ root, port }).
// `headSnippet` (importing callers only) is inserted at the start of every HTML page's <head>:
// the engine journeys use it to record page errors in browsers that Playwright cannot drive.
// `headers` (importing callers only) are added to every answer: a Content-Security-Policy, or
// CORS for a page on another host that includes the widget.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer({ root = 'dist', port = 0, host = '127.0.0.1', headSnippet = '', headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info && info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let body = await readFile(path);
      if (headSnippet && extname(path).toLowerCase() === '.html') {
        body = Buffer.from(body.toString('utf8').replace(/<head[^>]*>/i, (head) => `${head}${headSnippet}`));
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({ server, url: `http://${host}:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({
    root: arg('root', 'dist'),
    port: Number(arg('port', '0')),
    host: arg('host', '127.0.0.1'),
  });
  console.log(`listening ${url}`);
}
