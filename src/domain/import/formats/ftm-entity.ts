/**
 * One FollowTheMoney entity as the FtM import reads it: its schema, its properties as lists of
 * strings, and which properties the conversion carried over (the rest become notes).
 */
import type { Schema } from '@opensanctions/followthemoney';

export type Obj = Record<string, unknown>;

export class Entity {
  readonly used = new Set<string>();
  constructor(
    readonly id: string,
    readonly schema: Schema,
    readonly line: number,
    readonly props: Record<string, string[]>,
    private readonly multi: (e: Entity, prop: string) => void,
  ) {}
  isA(name: string): boolean {
    return this.schema.isA(name);
  }
  /** All values of these properties, marking them carried over. */
  all(...names: string[]): string[] {
    return names.flatMap((n) => {
      const v = this.props[n] ?? [];
      if (v.length) this.used.add(n);
      return v;
    });
  }
  /** The first value of the first of these properties that has one; extra values are noted. */
  one(...names: string[]): string | undefined {
    const n = names.find((p) => this.props[p]?.length);
    if (!n) return undefined;
    this.used.add(n);
    const v = this.props[n]!;
    if (new Set(v).size > 1) this.multi(this, n);
    return v[0];
  }
}

/** The day of an FtM date-time ("2021-05-20T10:00:00" → "2021-05-20"); partial dates as given. */
export const datePart = (v: string | undefined): string | undefined => (v && /^\d{4}-\d{2}-\d{2}[T ]/.test(v) ? v.slice(0, 10) : v);

/** Trimmed, distinct, non-empty values other than `except`; undefined when none is left. */
export const unique = (xs: string[], except?: string): string[] | undefined => {
  const out = [...new Set(xs.map((x) => x.trim()).filter((x) => x && x !== except))];
  return out.length ? out : undefined;
};

export const entityWord = (n: number): string => (n === 1 ? 'entity' : 'entities');
