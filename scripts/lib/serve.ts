// A tiny static file server on 127.0.0.1 for npm start and the end-to-end tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

export interface Served {
  url: (p: string) => string;
  close: () => Promise<void>;
}

/** Serves files under root; extra maps a path to generated content. */
export async function serve(root: string, extra: Record<string, string> = {}): Promise<Served> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent((req.url || '/').split('?')[0]!);
    if (p in extra) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(p)] ?? 'text/html; charset=utf-8' });
      res.end(extra[p]);
      return;
    }
    const file = path.resolve(root, '.' + p);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : '/' + p}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
