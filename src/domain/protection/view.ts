/**
 * The per-request protection state: what this viewer may see, loaded lazily and once. For a
 * cleared viewer everything passes untouched, with no round trip; for anyone else the protected
 * persons are loaded on first use (one round trip per request, shared by the loaders, lists,
 * search, chain of command, timeline and the last-line response plugin).
 */
import type { Graph } from '../../storage/db/graph';
import type { ProtectionViewer } from './display';
import { loadProtectedNames, NO_PROTECTED, type ProtectedNames } from './protected-names';
import { redactRecord } from './redact-record';
import { Scrubber, scrubDeep, type ScrubOptions } from './scrubber';
import type { StoredRecord } from '../../storage/records/stored';

export class ProtectionView {
  readonly scrubber: Scrubber;
  constructor(
    readonly cleared: boolean,
    readonly names: ProtectedNames,
  ) {
    this.scrubber = new Scrubber(cleared ? [] : names.persons);
  }

  /** Ids of withheld persons (empty for a cleared viewer). */
  get withheld(): ReadonlySet<string> {
    return this.cleared ? NO_PROTECTED.withheld : this.names.withheld;
  }

  /** The record as this viewer may see it, of the type it was (redaction scrubs and drops fields, never retypes), or null when hidden. */
  record<T extends StoredRecord>(node: T | null | undefined): T | null {
    if (!node) return null;
    if (this.cleared) return { ...node, pseudonymised: false };
    return redactRecord(node, this.names, this.scrubber) as T | null;
  }

  /** Records the viewer may see, in order; the others dropped. */
  records<T extends StoredRecord>(nodes: readonly (T | null | undefined)[]): T[] {
    return nodes.map((n) => this.record(n)).filter((n): n is T => n !== null);
  }

  text(s: string): string;
  text(s: string | null | undefined): string | null | undefined;
  text(s: string | null | undefined): string | null | undefined {
    return this.cleared || typeof s !== 'string' ? s : this.scrubber.scrub(s);
  }

  /** A plain result object (chain of command…) with every text scrubbed (ids untouched). */
  deep<T>(value: T, options?: ScrubOptions): T {
    return this.cleared ? value : scrubDeep(value, this.scrubber, options);
  }
}

export interface Protection {
  readonly viewer: ProtectionViewer;
  /** The view, loading the protected persons on first call (uncleared viewers only). */
  get(): Promise<ProtectionView>;
  /** Forget what was loaded (after a write in this request). */
  reset(): void;
}

export function createProtection(graph: Graph, viewer: ProtectionViewer): Protection {
  let view: Promise<ProtectionView> | null = null;
  return {
    viewer,
    get() {
      if (!view) {
        view = viewer.cleared ? Promise.resolve(new ProtectionView(true, NO_PROTECTED)) : loadProtectedNames(graph).then((n) => new ProtectionView(false, n));
        view.catch(() => (view = null));
      }
      return view;
    },
    reset() {
      view = null;
    },
  };
}
