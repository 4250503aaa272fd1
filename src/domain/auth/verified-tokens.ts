/**
 * Bearer tokens already verified, so that a client sending the same token request after request
 * has it checked once: the signature, issuer, audience and claims of a token never change, only
 * the clock moves past its `exp`. An entry is kept by the token's exact text, holds the Viewer it
 * stands for, and is used only while the clock is before its `exp` (the instant verifying it again
 * would say "expired"), never longer; after that the token is verified again and refused.
 *
 * Only tokens that verified are kept (a refused token is checked every time), so filling the cache
 * takes tokens signed with the service's key. It holds at most `maxEntries`; past that the entry
 * used longest ago goes. The service has no revocation list: a token is valid until its `exp`
 * whether it is cached or not, so caching changes nothing a client can observe but the time.
 */
import type { Viewer } from './permissions';

interface Entry {
  viewer: Viewer;
  /** `exp` in milliseconds since the epoch: the entry is unusable from then on. */
  expiresAtMs: number;
}

export const DEFAULT_VERIFIED_TOKENS = 10_000;

export class VerifiedTokens {
  /** In order of use, least recent first (a Map keeps insertion order). */
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly maxEntries = DEFAULT_VERIFIED_TOKENS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The Viewer of a token verified before and not expired since; undefined otherwise. */
  get(token: string): Viewer | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (this.now() >= entry.expiresAtMs) return undefined;
    this.entries.set(token, entry);
    return entry.viewer;
  }

  /** Keeps a token that just verified, until `exp` (seconds since the epoch, as in the JWT). */
  set(token: string, viewer: Viewer, exp: number): void {
    const expiresAtMs = exp * 1000;
    if (!Number.isFinite(expiresAtMs) || this.now() >= expiresAtMs || this.maxEntries < 1) return;
    this.entries.delete(token);
    while (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { viewer: Object.freeze({ ...viewer, roles: Object.freeze([...viewer.roles]) as Viewer['roles'] }), expiresAtMs });
  }
}
