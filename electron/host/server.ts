/**
 * The browser host: the built renderer and WorkbenchApi over HTTP, on 127.0.0.1 only. `POST /api/<method>` with
 * a JSON array of arguments; every call carries the per-launch token, which only pages this host served know.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { WorkbenchApi } from '../../shared/api/workbench-api';
import { dispatch } from '../services/dispatch';

const MAX_BODY = 50 * 1024 * 1024;
const TOKEN_HEADER = 'x-cotejo-token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface HostOptions {
  api: WorkbenchApi;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; object-src 'none'; frame-ancestors 'none'",
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const rendererDir = normalize(options.rendererDir);
  const indexHtml = async (): Promise<string> =>
    (await readFile(join(rendererDir, 'index.html'), 'utf8')).replace(
      '<meta name="cotejo-token" content="" />',
      `<meta name="cotejo-token" content="${token}" />`,
    );

  const server = createServer(async (req, res) => {
    try {
      // Another site reaching this port through a DNS name it controls would carry its own Host header.
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'Misdirected request', 'text/plain');
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendJson(res, 405, { error: { name: 'Error', message: 'Use POST' } });
        const given = req.headers[TOKEN_HEADER];
        if (!tokenMatches(Array.isArray(given) ? given[0] : given, token)) {
          return sendJson(res, 403, { error: { name: 'Forbidden', message: 'Missing or wrong session token' } });
        }
        let args: unknown;
        try {
          const body = await readBody(req);
          args = body === '' ? [] : JSON.parse(body);
        } catch (error) {
          return sendJson(res, 400, { error: { name: 'Error', message: `Bad request body: ${(error as Error).message}` } });
        }
        const result = await dispatch(options.api, decodeURIComponent(url.pathname.slice('/api/'.length)), args);
        return result.ok ? sendJson(res, 200, { value: result.value ?? null }) : sendJson(res, result.status, { error: result.error });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      if (url.pathname === '/' || url.pathname === '/index.html') return send(res, 200, await indexHtml(), MIME['.html']!);
      const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'Not found', 'text/plain');
      const type = MIME[extname(file)];
      if (!type) return send(res, 404, 'Not found', 'text/plain');
      try {
        return send(res, 200, await readFile(file), type);
      } catch {
        return send(res, 404, 'Not found', 'text/plain');
      }
    } catch (error) {
      return sendJson(res, 500, { error: { name: 'Error', message: (error as Error).message } });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
