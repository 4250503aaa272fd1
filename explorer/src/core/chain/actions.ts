/**
 * A chain of command as a top-down hierarchy: the event at the bottom, its direct actors above it,
 * the units they acted through, each level of command above those, the commanders written inside
 * their organisations. Every edge carries its grade and validity; the edges as weak as the chain's
 * grade (its weakest links) are marked; cycles cut by the service and a walk stopped by the depth
 * bound are drawn and listed, not hidden.
 */
import { gradeRank } from '../grades/grades';
import type { ChainAnswer, ChainCommander, ChainDrawing, ChainEdge, ChainNode } from './types';

const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 16;
const MAX_LINE = 46;

/** Lines of at most MAX_LINE characters, broken at spaces. */
export function wrap(text: string, width = MAX_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function box(lines: string[]): { label: string; width: number; height: number } {
  const longest = Math.max(...lines.map((l) => l.length));
  return { label: lines.join('\n'), width: Math.round(Math.min(360, Math.max(110, longest * CHAR_WIDTH + 28))), height: lines.length * LINE_HEIGHT + 22 };
}

const validityWord = (v: string) => (v === 'CERTAIN' ? 'certain' : v === 'POSSIBLE' ? 'possible' : v.toLowerCase());
const personName = (p: { name: string; pseudonymised: boolean }) => (p.pseudonymised ? `${p.name} (pseudonym)` : p.name);

export function commanderLine(c: ChainCommander): string {
  return `▸ ${personName(c.person)}: ${c.role}${c.title ? `, ${c.title}` : ''} · ${c.grade ?? 'ungraded'} · ${validityWord(c.validity)}`;
}

/** What the drawing is built into, step by step. */
interface Drawing {
  nodes: Map<string, ChainNode>;
  edges: ChainEdge[];
  /** Adds an edge, marked when it is as weak as the chain (its weakest link). */
  addEdge(edge: Omit<ChainEdge, 'weakest'>): void;
}

function drawEvent(d: Drawing, chain: ChainAnswer): void {
  const lines = [`event of ${chain.event.startDate ?? 'unknown date'}`, `chain asked at ${chain.at}`];
  d.nodes.set(chain.event.id, { id: chain.event.id, role: 'event', ...box(wrap(`${chain.event.title} (${chain.at})`)), evidence: { title: chain.event.title, lines, recordIds: [] } });
}

/** Each organisation of each level, its commanders written inside it. */
function drawOrganizations(d: Drawing, chain: ChainAnswer): void {
  for (const level of chain.levels) {
    for (const o of level.organizations) {
      const { id, name: fullName, shortName } = o.organization;
      const name = shortName && shortName !== fullName ? `${fullName} (${shortName})` : fullName;
      const lines = [...wrap(name), ...(o.commanders.length ? o.commanders.flatMap((c) => wrap(commanderLine(c), MAX_LINE + 8)) : ['no commander known at this date'])];
      const evidenceLines = [`level ${level.level}${level.level === 0 ? ' (unit)' : ''}`, `best path grade ${o.pathGrade ?? 'ungraded'}`, ...o.commanders.map(commanderLine)];
      d.nodes.set(id, { id, role: 'organization', ...box(lines), evidence: { title: name, lines: evidenceLines, recordIds: o.commanders.map((c) => c.posting.id) } });
    }
  }
}

/** The direct actors above the event; a person who acted is tied to the unit through the posting that made it one. */
function drawActors(d: Drawing, chain: ChainAnswer): void {
  for (const a of chain.directActors) {
    const actorName = 'pseudonymised' in a.actor ? personName(a.actor) : a.actor.name;
    if (!d.nodes.has(a.actor.id)) d.nodes.set(a.actor.id, { id: a.actor.id, role: 'actor', ...box(wrap(actorName)), evidence: { title: actorName, lines: ['direct actor'], recordIds: [] } });
    d.addEdge({
      id: `actor:${a.participation.id}`,
      source: a.actor.id,
      target: chain.event.id,
      label: `${a.role} · ${a.grade ?? 'ungraded'}`,
      grade: a.grade,
      validity: 'CERTAIN',
      closesCycle: false,
      evidence: { title: `${actorName}: ${a.role}`, lines: [`participation ${a.participation.id}`], recordIds: [a.participation.id] },
    });
  }
  for (const u of chain.units) {
    for (const { kind, posting } of u.reasons) {
      if (kind !== 'POSTING' || !posting || !d.nodes.has(posting.person.id)) continue;
      d.addEdge({
        id: `posting:${posting.posting.id}`,
        source: u.organization.id,
        target: posting.person.id,
        label: `${posting.role} · ${posting.grade ?? 'ungraded'}`,
        grade: posting.grade,
        validity: posting.validity,
        closesCycle: false,
        evidence: { title: `posted: ${posting.role}`, lines: [`posting ${posting.posting.id}`, validityWord(posting.validity)], recordIds: [posting.posting.id] },
      });
    }
  }
}

/** The command links, superior to subordinate. */
function drawLinks(d: Drawing, chain: ChainAnswer): void {
  for (const l of chain.links) {
    const lines = [
      `subordination ${l.subordination.id}`,
      `${l.startDate ?? '…'} to ${l.endDate ?? '…'}`,
      validityWord(l.validity),
      ...(l.closesCycle ? ['closes a cycle: not followed round again'] : []),
    ];
    d.addEdge({
      id: `link:${l.subordination.id}`,
      source: l.parent.id,
      target: l.child.id,
      label: `${l.grade ?? 'ungraded'}${l.validity === 'POSSIBLE' ? ' · possible' : ''}${l.closesCycle ? ' · cycle cut' : ''}`,
      grade: l.grade,
      validity: l.validity,
      closesCycle: l.closesCycle,
      evidence: { title: `command link (level ${l.level})`, lines, recordIds: [l.subordination.id] },
    });
  }
}

/** A walk stopped by the depth bound ends in a box saying so; cycles and an empty chain are spelled out. */
function drawLimits(d: Drawing, chain: ChainAnswer): string[] {
  const notes: string[] = [];
  if (chain.depthLimited) {
    const top = chain.levels[chain.levels.length - 1];
    const evidence = { title: 'depth limit', lines: [`the walk stopped after ${chain.depth} levels while command links remained above`], recordIds: [] };
    d.nodes.set('depth-limit', { id: 'depth-limit', role: 'depth-limit', ...box([`command continues above`, `(depth limit ${chain.depth} reached)`]), evidence });
    for (const o of top?.organizations ?? []) {
      d.edges.push({ id: `depth:${o.organization.id}`, source: 'depth-limit', target: o.organization.id, label: '…', grade: null, validity: 'POSSIBLE', weakest: false, closesCycle: false, evidence });
    }
    notes.push(`The walk stopped at the depth limit (${chain.depth} levels): command links continue above the top of this drawing.`);
  }
  for (const c of chain.cycles) notes.push(`Cycle: ${c.organizations.map((o) => o.name).join(' → ')}; cut at ${c.cutAt} (drawn dotted).`);
  if (chain.directActors.length === 0) {
    notes.push(
      chain.excluded.length
        ? `No perpetrator-side participation reaches the minimum grade ${chain.minGrade ?? ''}: there is no chain to draw at this grade.`
        : 'No perpetrator-side participation is known for this event: there is no chain to draw.',
    );
  }
  return notes;
}

export function chainToDrawing(chain: ChainAnswer): ChainDrawing {
  const weakestRank = gradeRank(chain.grade);
  const edges: ChainEdge[] = [];
  const d: Drawing = {
    nodes: new Map(),
    edges,
    addEdge: (edge) => edges.push({ ...edge, weakest: weakestRank !== undefined && gradeRank(edge.grade) === weakestRank }),
  };
  drawEvent(d, chain);
  drawOrganizations(d, chain);
  drawActors(d, chain);
  drawLinks(d, chain);
  const notes = drawLimits(d, chain);
  return { nodes: [...d.nodes.values()], edges, notes };
}
