/**
 * Errors from the service as sentences a person can act on. The service's own message is kept (it
 * names the limit, the role or the field); the code decides what is said around it.
 */
export interface ApiErrorInfo {
  code: string;
  message: string;
  /** The HTTP status, when the request got an answer at all. */
  status?: number;
}

const ADVICE: Record<string, (message: string) => string> = {
  UNAUTHENTICATED: (m) => `You are not signed in, or your token is no longer valid (${m}). Sign in again with a fresh token.`,
  FORBIDDEN: (m) => `Your role may not do this: ${m}.`,
  LIMIT_EXCEEDED: (m) => `That asks for more than the service allows at once (${m}). Ask for less: fewer hops, a narrower date window, fewer nodes.`,
  DATABASE_UNAVAILABLE: () => 'The database is not answering just now. Nothing was lost; try again in a moment.',
  TIMEOUT: (m) => `The service gave up waiting for the database (${m}). Try a smaller request.`,
  NOT_FOUND: (m) => `Not found: ${m}.`,
  BAD_USER_INPUT: (m) => `The service refused a value: ${m}.`,
  RATE_LIMITED: (m) => `Too many requests: ${m}. Wait a moment.`,
  NETWORK: () => 'The service cannot be reached. Is it still running?',
  INTERNAL: (m) => `The service failed (${m}). The reference in the message identifies it in the service's log.`,
};

export function readableError(error: ApiErrorInfo): string {
  const message = error.message.replace(/\.$/, '');
  const advice = ADVICE[error.code];
  return advice ? advice(message) : `${error.code}: ${message}.`;
}

/** The error's code and message, from a GraphQL response's first error or an HTTP failure. */
export function errorFromResponse(status: number, body: unknown): ApiErrorInfo {
  const errors = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors;
  const first = Array.isArray(errors) ? errors[0] : undefined;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : status === 401 ? 'UNAUTHENTICATED' : status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  const message = typeof first?.message === 'string' ? first.message : `HTTP ${status}`;
  return { code, message, status };
}
