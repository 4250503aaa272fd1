import { errorFromResponse, readableError } from './errors';

describe('errors', () => {
  it('reads the code and message of a GraphQL error', () => {
    const body = { errors: [{ message: 'hops: at most 4', extensions: { code: 'LIMIT_EXCEEDED' } }] };
    expect(errorFromResponse(200, body)).toEqual({ code: 'LIMIT_EXCEEDED', message: 'hops: at most 4', status: 200 });
  });

  it('falls back on the HTTP status', () => {
    expect(errorFromResponse(401, null).code).toBe('UNAUTHENTICATED');
    expect(errorFromResponse(503, 'x').code).toBe('INTERNAL');
  });

  it.each(['LIMIT_EXCEEDED', 'FORBIDDEN', 'UNAUTHENTICATED', 'DATABASE_UNAVAILABLE'])('says what %s means and keeps the service message', (code) => {
    const text = readableError({ code, message: 'the detail.' });
    expect(text).not.toMatch(new RegExp(code));
    expect(text.length).toBeGreaterThan(30);
    if (code !== 'DATABASE_UNAVAILABLE') expect(text).toMatch(/the detail/);
  });

  it('shows an unknown code as it is', () => {
    expect(readableError({ code: 'ODD', message: 'strange' })).toBe('ODD: strange.');
  });
});
