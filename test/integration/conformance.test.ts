/**
 * GraphQL over HTTP conformance: graphql-http's server audit against the service (with a valid
 * bearer token on every request). Every MUST passes; the SHOULDs and MAYs not met are a known list,
 * so a change either way shows up here (README, "GraphQL over HTTP conformance").
 */
import { auditServer } from 'graphql-http';
import type { Service } from '../../src/entry/service/start';
import { authHeader, startTestService } from '../support/service';

jest.setTimeout(120_000);

/** The SHOULD/MAY audits not met today, by id and status (see the README for why). */
const KNOWN = [
  { id: '572B', status: 'warn' },
  { id: 'FDE2', status: 'warn' },
  { id: '7B9B', status: 'warn' },
  { id: '5A70', status: 'notice' },
  { id: 'D6D5', status: 'notice' },
  { id: '6A70', status: 'notice' },
];

describe('GraphQL over HTTP conformance (graphql-http audit)', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('passes every MUST and exactly the known SHOULDs and MAYs', async () => {
    const auth = await authHeader(service, ['analyst']);
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', auth.authorization!);
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: `${service.url}/graphql`, fetchFn });
    expect(results.length).toBeGreaterThan(30);
    const failedMusts = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${r.status}`);
    expect(failedMusts).toEqual([]);
    const notMet = results.filter((r) => !r.name.startsWith('MUST') && r.status !== 'ok').map((r) => ({ id: r.id, status: r.status }));
    const order = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(notMet.sort(order)).toEqual([...KNOWN].sort(order));
  });
});
