/**
 * A per-viewer rate limit on /graphql: a token bucket in memory per authenticated viewer id
 * (RATE_LIMIT_PER_MINUTE tokens, refilled continuously; a burst of a full minute's worth is
 * allowed). Runs after authentication, so it counts viewers, not addresses. Over the limit: 429
 * with `Retry-After` and a GraphQL-shaped body (`extensions.code` LIMIT_EXCEEDED,
 * `retryAfterSeconds`). In one process only: several replicas each keep their own buckets.
 */
import type { RequestHandler } from 'express';
import { ErrorCode } from '../../foundations/errors';
import { viewerOf } from './authenticate';
import { sendError } from './json-errors';

interface Bucket {
  tokens: number;
  updated: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes a token for `key`: 0 when allowed, otherwise the seconds until one is available. */
  take(key: string): number {
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, updated: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.updated) * this.perMs);
    b.updated = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 10_000) this.sweep(now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perMs / 1000));
  }

  /** Forgets full buckets, so memory follows active viewers only. */
  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.updated) * this.perMs >= this.perMinute) this.buckets.delete(key);
  }
}

export function rateLimitRequests(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  const buckets = new TokenBuckets(perMinute);
  return (_req, res, next) => {
    const viewer = viewerOf(res);
    const wait = viewer ? buckets.take(viewer.id) : 0;
    if (wait === 0) return next();
    res.set('Retry-After', String(wait));
    const message = `rate limit exceeded: at most ${perMinute} requests per minute (RATE_LIMIT_PER_MINUTE); retry in ${wait} s`;
    sendError(res, 429, ErrorCode.LIMIT_EXCEEDED, message, { retryAfterSeconds: wait });
  };
}
