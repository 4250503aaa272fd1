/**
 * What changed between two answers of one chain of command or organisation chart (the date moved):
 * commanders replaced, organisations and command links that appeared or went. The drawing marks
 * them and the view says them in words, so a replacement is seen, not just a label that differs.
 */
import type { CommandDiff } from './types';

/** The part of a chain or chart answer a comparison reads. */
export interface CommandShape {
  levels: readonly {
    organizations: readonly { organization: { id: string; name: string }; commanders: readonly { posting: { id: string }; person: { name: string } }[] }[];
  }[];
  links: readonly { subordination: { id: string }; child: { id: string }; parent: { id: string } }[];
}

function organizations(answer: CommandShape): Map<string, { name: string; commanders: Map<string, string> }> {
  const found = new Map<string, { name: string; commanders: Map<string, string> }>();
  for (const level of answer.levels)
    for (const o of level.organizations) found.set(o.organization.id, { name: o.organization.name, commanders: new Map(o.commanders.map((c) => [c.posting.id, c.person.name])) });
  return found;
}

const linkNames = (answer: CommandShape, names: Map<string, string>) =>
  new Map(answer.links.map((l) => [l.subordination.id, `${names.get(l.child.id) ?? l.child.id} under ${names.get(l.parent.id) ?? l.parent.id}`]));

const only = <T>(a: Map<string, T>, b: Map<string, T>) => [...a.keys()].filter((k) => !b.has(k));

export function diffCommand(before: CommandShape | null, after: CommandShape): CommandDiff {
  const diff: CommandDiff = { replaced: {}, appearedOrganizations: [], goneOrganizations: [], appearedLinks: [], goneLinks: [], lines: [] };
  if (!before) return diff;
  const was = organizations(before);
  const now = organizations(after);
  const names = new Map([...was, ...now].map(([id, o]) => [id, o.name]));
  for (const [id, o] of now) {
    const old = was.get(id);
    if (!old) continue;
    const left = only(old.commanders, o.commanders).map((p) => old.commanders.get(p)!);
    const came = only(o.commanders, old.commanders).map((p) => o.commanders.get(p)!);
    if (!left.length && !came.length) continue;
    diff.replaced[id] = { before: left, after: came };
    if (left.length && came.length) diff.lines.push(`${o.name}: ${left.join(', ')} replaced by ${came.join(', ')}`);
    else if (came.length) diff.lines.push(`${o.name}: ${came.join(', ')} now in command`);
    else diff.lines.push(`${o.name}: ${left.join(', ')} no longer in command`);
  }
  diff.appearedOrganizations = only(now, was);
  diff.goneOrganizations = only(was, now);
  const linksWere = linkNames(before, names);
  const linksNow = linkNames(after, names);
  diff.appearedLinks = only(linksNow, linksWere);
  diff.goneLinks = only(linksWere, linksNow);
  for (const id of diff.goneLinks) diff.lines.push(`link ends: ${linksWere.get(id)}`);
  for (const id of diff.appearedLinks) diff.lines.push(`link begins: ${linksNow.get(id)}`);
  for (const id of diff.goneOrganizations) diff.lines.push(`leaves the drawing: ${names.get(id)}`);
  for (const id of diff.appearedOrganizations) diff.lines.push(`enters the drawing: ${names.get(id)}`);
  return diff;
}
