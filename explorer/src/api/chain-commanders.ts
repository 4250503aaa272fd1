/**
 * The commanders of every organisation of a chain at its date, in as few requests as the cost
 * limit allows: one aliased `commandersAt` per organisation, thirty to a request (each costs about
 * 120 of the 5000 a request may).
 */
import commandersDocument from './queries/commanders.graphql';
import { request } from './client';
import type { CommanderFieldsFragment } from './generated';

const PER_REQUEST = 30;

export type Commander = CommanderFieldsFragment;

export async function commandersOf(organizationIds: readonly string[], at: string, minGrade: string | null): Promise<Map<string, Commander[]>> {
  const found = new Map<string, Commander[]>();
  for (let start = 0; start < organizationIds.length; start += PER_REQUEST) {
    const batch = organizationIds.slice(start, start + PER_REQUEST);
    const parameters = batch.map((_id, i) => `$o${i}: ID!`).join(', ');
    const fields = batch.map((_id, i) => `  c${i}: commandersAt(organizationId: $o${i}, at: $at, minGrade: $minGrade) { commanders { ...CommanderFields } }`).join('\n');
    const document = `${commandersDocument}\nquery ChainCommanders($at: Date!, $minGrade: Grade, ${parameters}) {\n${fields}\n}\n`;
    const variables: Record<string, unknown> = { at, minGrade, ...Object.fromEntries(batch.map((id, i) => [`o${i}`, id])) };
    const data = await request<Record<string, { commanders: Commander[] }>, Record<string, unknown>>(document, 'ChainCommanders', variables);
    batch.forEach((id, i) => found.set(id, data[`c${i}`]?.commanders ?? []));
  }
  return found;
}
