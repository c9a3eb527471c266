import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../electron/host/server';
import { openSampleProject } from '../../electron/services/sample';
import { Workbench } from '../../electron/services/workbench';
import type { ProjectView } from '../../shared/model/project';
import { ROOT } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
let running: { host: RunningHost; workbench: Workbench } | null = null;

afterEach(async () => {
  await running?.host.close();
  running?.workbench.close();
  running = null;
});

async function start(): Promise<RunningHost> {
  const workbench = new Workbench(openSampleProject(ROOT, tempDir()));
  const host = await startHost({ api: workbench, rendererDir: join(ROOT, 'dist', 'renderer') });
  running = { host, workbench };
  return host;
}

function call(host: RunningHost, method: string, args: unknown, token = host.token): Promise<Response> {
  return fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cotejo-token': token },
    body: JSON.stringify(args),
  });
}

describe('browser host', () => {
  it('binds 127.0.0.1 and serves the UI with the session token in the page', async () => {
    const host = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain(`<meta name="cotejo-token" content="${host.token}" />`);
  });

  it('answers API calls that carry the token', async () => {
    const host = await start();
    const response = await call(host, 'getProject', []);
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: ProjectView };
    expect(value.info.sourceLang).toBe('es');
    expect(value.segments.some((s) => s.flags.some((f) => f.check === 'name-as-word'))).toBe(true);
  });

  it('refuses calls without the token, unknown methods, bad arguments, rule violations and foreign Host headers', async () => {
    const host = await start();
    expect((await call(host, 'getProject', [], 'wrong')).status).toBe(403);
    expect((await call(host, 'dropDatabase', [])).status).toBe(404);
    const bad = await call(host, 'saveTarget', [{ segmentId: 'x' }]);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/segmentId/);
    const forbidden = await call(host, 'review', [{ segmentId: 1, decision: 'approve', comment: null }]);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: { message: string } }).error.message).toMatch(/Only an editor/);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: `evil.example:${host.port}` } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const host = await start();
    const response = await fetch(`${host.url}..%2F..%2Fpackage.json`);
    expect(response.status).toBe(404);
  });
});
