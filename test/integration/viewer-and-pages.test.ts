/**
 * What the browser side asks the service for: `viewer` (who the token stands for and what it may
 * do, read from the permission table) and the pages' routes (CSP on every page, a 503 page saying
 * how to build when the explorer's build is missing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Service } from '../../src/entry/service/start';
import { explorerRoutes } from '../../src/entry/http/explorer-routes';
import { authHeader, gql, startTestService } from '../support/service';

const VIEWER = '{ viewer { id roles cleared permissions } }';

describe('viewer', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService();
  }, 120_000);
  afterAll(() => service?.close());

  it.each([
    [['admin'], true, ['read', 'write', 'import', 'export', 'exportBundle', 'readAudit']],
    [['investigator'], false, ['read', 'write', 'import', 'export', 'exportBundle']],
    [['analyst'], false, ['read', 'export']],
    [['referral'], true, ['read', 'export', 'exportBundle']],
    [['analyst', 'referral'], false, ['read', 'export', 'exportBundle']],
  ] as const)('roles %j, cleared %s: the permissions of the access table', async (roles, cleared, permissions) => {
    const headers = await authHeader(service, [...roles], { user: 'someone', cleared });
    const { body } = await gql(service.url, VIEWER, {}, headers);
    expect(body).toEqual({ data: { viewer: { id: 'someone', roles: [...roles], cleared, permissions: [...permissions] } } });
  });

  it('needs a token like every query', async () => {
    const { status } = await gql(service.url, VIEWER);
    expect(status).toBe(401);
  });
});

describe('explorer routes without a build', () => {
  let server: Server;
  let url: string;
  const empty = mkdtempSync(join(tmpdir(), 'explorer-missing-'));
  beforeAll(async () => {
    const app = express();
    app.use(explorerRoutes({ buildDir: join(empty, 'explorer') }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(empty, { recursive: true, force: true });
  });

  it.each(['/explorer/', '/graphiql/'])('%s is a 503 page saying to run npm run build, under the CSP', async (path) => {
    const res = await fetch(`${url}${path}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(await res.text()).toMatch(/npm run build/);
  });

  it('the landing page still renders', async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Explorer/);
  });

  it('/explorer redirects to /explorer/ (the fragment stays with the browser)', async () => {
    const res = await fetch(`${url}/explorer`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/explorer/');
  });
});
