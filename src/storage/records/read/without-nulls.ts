/**
 * Records v1 treat a `null` field as an absent one ("startDate": null is "since unknown", as is no
 * startDate), and the graph does not store nulls. This is the canonical form: no null anywhere.
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return (value as unknown[]).map((v) => withoutNulls(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    // Rebuilt as plain objects: GraphQL input objects may have a null prototype.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out as T;
  }
  return value;
}
