/**
 * Checking FtM entities against the library's model (@opensanctions/followthemoney) before they
 * are written: the schema exists and is not abstract, every property belongs to it (the library's
 * Entity throws otherwise), required properties are present (inherited ones included), and values
 * fit their types: dates ISO 8601 (partial allowed), countries FtM codes, numbers numeric,
 * entity references to an entity of the property's range. References to entities not written
 * yet (an Event's Address comes later in the stream) are checked at the end: `unresolved()`.
 */
import { Model, defaultModel, type Entity, type Schema } from '@opensanctions/followthemoney';
import type { FtmEntityData } from './ftm-mapping';

const DATE = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+Z?)?)?)?$/;

export class FtmValidator {
  readonly model = new Model(defaultModel);
  /** Written entity id → schema: what references are checked against. */
  private readonly written = new Map<string, Schema>();
  private readonly pending: { from: string; prop: string; id: string; range: Schema }[] = [];

  private requiredOf(schema: Schema): string[] {
    return [...new Set([...schema.required, ...schema.getParents().flatMap((p) => p.required)])];
  }

  /** The library's Entity for valid data; otherwise the problems. `optional` required properties are allowed to be missing. */
  check(data: FtmEntityData, optional: readonly string[] = []): { entity?: Entity; problems: string[] } {
    const problems: string[] = [];
    let entity: Entity;
    try {
      entity = this.model.getEntity({ id: data.id, schema: data.schema, properties: data.properties });
    } catch (e) {
      return { problems: [`${data.schema} ${data.id}: ${(e as Error).message}`] };
    }
    const schema = entity.schema;
    if (schema.abstract) problems.push(`${data.id}: schema ${schema.name} is abstract`);
    for (const name of this.requiredOf(schema)) {
      if (!entity.hasProperty(name) && !optional.includes(name)) problems.push(`${schema.name} ${data.id}: required property ${name} is missing`);
    }
    const countries = this.model.getType('country').values;
    const languages = this.model.getType('language').values;
    for (const prop of entity.getProperties()) {
      for (const value of entity.getProperty(prop)) {
        const v = typeof value === 'string' ? value : value.id;
        const type = prop.type.name;
        if (type === 'date' && !DATE.test(v)) problems.push(`${data.id}: ${prop.name} "${v}" is not an ISO date`);
        else if (type === 'country' && !countries.has(v)) problems.push(`${data.id}: ${prop.name} "${v}" is not an FtM country code`);
        else if (type === 'language' && !languages.has(v)) problems.push(`${data.id}: ${prop.name} "${v}" is not an FtM language code`);
        else if (type === 'number' && !Number.isFinite(Number(v))) problems.push(`${data.id}: ${prop.name} "${v}" is not a number`);
        else if (type === 'entity' && prop.hasRange) {
          const reference = { from: data.id, prop: prop.name, id: v, range: prop.getRange() };
          // Most targets are written already (facts come after entities): check now, keep only the rest.
          if (this.written.has(v)) problems.push(...this.resolve(reference));
          else this.pending.push(reference);
        }
      }
    }
    if (!problems.length) this.written.set(data.id, schema);
    return problems.length ? { problems } : { entity, problems };
  }

  /** Problems with the references checked so far (call after the last entity): missing, or of the wrong schema. */
  unresolved(): string[] {
    const problems = this.pending.flatMap((r) => this.resolve(r));
    this.pending.length = 0;
    return problems;
  }

  private resolve({ from, prop, id, range }: { from: string; prop: string; id: string; range: Schema }): string[] {
    const target = this.written.get(id);
    if (!target) return [`${from}: ${prop} names ${id}, which is not in the export`];
    return target.isA(range) ? [] : [`${from}: ${prop} names ${id}, a ${target.name}, not a ${range.name}`];
  }
}
