/**
 * The one writer of HTTP error bodies: every route outside GraphQL answers in GraphQL's error
 * shape with a code from the ErrorCode enum, and an unexpected error is INTERNAL with a reference
 * that is also in the log line, never the error's own text.
 */
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { AppError, ErrorCode } from '../../src/foundations/errors';
import { bodyErrors } from '../../src/entry/http/body-errors';
import { fail, sendError, sendInternalError } from '../../src/entry/http/json-errors';

const lines: Record<string, unknown>[] = [];
const logger = pino(new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }));

const app = express();
app.get('/refused', (_req, res) => sendError(res, 404, ErrorCode.NOT_FOUND, 'no such thing', { field: 'id' }));
app.get('/internal', (_req, res) => sendInternalError(res, logger, new Error('MATCH (secret) RETURN secret'), 'something broke'));
app.get('/unavailable', (_req, res) => fail(res, logger, new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'the database is unavailable; try again shortly')));
app.post('/body', express.json(), (_req, res) => void res.json({}));
app.use(bodyErrors(logger));

let base = '';
let server: ReturnType<typeof app.listen>;
beforeAll(async () => {
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('HTTP error bodies', () => {
  it('writes a refusal with its code and safe details', async () => {
    const r = await fetch(`${base}/refused`);
    expect(r.status).toBe(404);
    expect(await r.json()).toEqual({ errors: [{ message: 'no such thing', extensions: { code: 'NOT_FOUND', field: 'id' } }] });
  });

  it('writes an internal error with a reference to the log line, not the error text', async () => {
    const r = await fetch(`${base}/internal`);
    expect(r.status).toBe(500);
    const body = (await r.json()) as { errors: { message: string; extensions: { code: string; ref: string } }[] };
    const error = body.errors[0]!;
    expect(error.extensions.code).toBe(ErrorCode.INTERNAL);
    expect(error.message).toBe(`internal error (reference ${error.extensions.ref})`);
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(lines).toContainEqual(expect.objectContaining({ ref: error.extensions.ref, msg: 'something broke' }));
  });

  it('keeps the database codes with their statuses', async () => {
    const r = await fetch(`${base}/unavailable`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ errors: [{ message: 'the database is unavailable; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
  });

  it('answers an unreadable body with a coded JSON error', async () => {
    const r = await fetch(`${base}/body`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
  });
});
