/**
 * A static file server on 127.0.0.1 for the demo, the e2e tests and the corpus sweep.
 * `/` serves the project's own pages (tests/pages); `/corpus/` serves ../shared/corpus/pages
 * when it exists. Nothing here is reachable from another machine.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const PAGES_DIR = join(PROJECT_ROOT, 'tests', 'pages');
export const CORPUS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'corpus', 'pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  server: Server;
  /** URL of a file under tests/pages, or of a corpus page given as `corpus/<path>`. */
  url(path: string): string;
  close(): Promise<void>;
}

function resolveInside(root: string, urlPath: string): string | undefined {
  const target = normalize(join(root, decodeURIComponent(urlPath)));
  return target === root || target.startsWith(root + sep) ? target : undefined;
}

export async function serveStatic(port = 0, extraRoots: Record<string, string> = {}): Promise<StaticServer> {
  const roots: [string, string][] = [
    ...Object.entries(extraRoots),
    ['/corpus/', CORPUS_DIR],
    ['/', PAGES_DIR],
  ];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const [prefix, root] = roots.find(([p]) => pathname.startsWith(p)) ?? ['/', PAGES_DIR];
    let file = resolveInside(root, pathname.slice(prefix.length));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    // No charset for HTML: the corpus holds GBK pages without a declaration, and the browser
    // must sniff them exactly as it would from the original site.
    res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    server,
    url: (path: string) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
