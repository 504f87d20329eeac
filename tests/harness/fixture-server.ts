/**
 * Serves tests/fixtures/site over HTTP and HTTPS on 127.0.0.1, laid out by host and path
 * (`site/www.unodc.org/unodc/en/...`), so that Chromium, with its host resolver pointed here,
 * loads real UN URLs from local files. The TLS certificate is made fresh for each run. The
 * HTTP port is also a proxy, for browsers without a host resolver switch (Firefox).
 */
import { readFile, stat } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, type Socket } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

export const SITE_ROOT = path.resolve(import.meta.dirname, '../fixtures/site');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
};

/** Extra responses a test adds at run time (generated PDFs, for example). */
export type DynamicRoutes = Map<string, { body: Uint8Array | string; type: string }>;

export interface FixtureServer {
  httpPort: number;
  httpsPort: number;
  routes: DynamicRoutes;
  close(): Promise<void>;
}

/** Any *.unodc.org or *.un.org host falls back to the www. folder of its domain. */
function siteFolder(host: string): string {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (name.endsWith('unodc.org')) return 'www.unodc.org';
  if (name.endsWith('un.org') || name === 'undocs.org') return name;
  return name;
}

async function serve(
  routes: DynamicRoutes,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const dynamic =
    routes.get(`${url.host.replace(/:\d+$/, '')}${url.pathname}`) ?? routes.get(url.pathname);
  if (dynamic) {
    response.writeHead(200, { 'content-type': dynamic.type });
    response.end(dynamic.body);
    return;
  }
  const folder = path.join(SITE_ROOT, siteFolder(url.host));
  const file = path.normalize(path.join(folder, decodeURIComponent(url.pathname)));
  if (!file.startsWith(folder)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const target = (await stat(file)).isDirectory() ? path.join(file, 'index.html') : file;
    const body = await readFile(target);
    const type = CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes: DynamicRoutes = new Map();
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    void serve(routes, request, response);
  };
  // An elliptic-curve key: an RSA one costs a random search for primes, up to seconds of CPU
  // for each test file on a busy machine.
  const pems = await generate([{ name: 'commonName', value: 'www.unodc.org' }], {
    keyType: 'ec',
    algorithm: 'sha256',
  });
  const http = createHttpServer(handler);
  const https = createHttpsServer({ key: pems.private, cert: pems.cert }, handler);
  // As a proxy (Firefox, through a PAC): every CONNECT, whatever its host, reaches the TLS port.
  const tunnels = new Set<Socket>();
  http.on('connect', (_request: IncomingMessage, client: Socket, head: Buffer) => {
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const upstream = connect((https.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  await Promise.all([
    new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve)),
    new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve)),
  ]);
  const close = (server: typeof http | typeof https) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    httpPort: (http.address() as AddressInfo).port,
    httpsPort: (https.address() as AddressInfo).port,
    routes,
    close: async () => {
      for (const tunnel of tunnels) tunnel.destroy();
      await Promise.all([close(http), close(https)]);
    },
  };
}
