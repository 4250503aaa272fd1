/**
 * An organisation chart drawn as the chain of command is (the same boxes, commanders inside, links
 * by grade and validity, cycles cut, the depth limit said): from the organisation up to those above
 * it, or down to those below, at a date.
 */
import { box, commanderLine, wrap } from '../chain/actions';
import type { ChainDrawing, ChainEdge, ChainNode } from '../chain/types';
import type { ChartAnswer } from './types';

const validityWord = (v: string) => v.toLowerCase();

function organizationNodes(chart: ChartAnswer): ChainNode[] {
  return chart.levels.flatMap((level) =>
    level.organizations.map((o) => {
      const { id, name: fullName, shortName } = o.organization;
      const name = shortName && shortName !== fullName ? `${fullName} (${shortName})` : fullName;
      const lines = [...wrap(name), ...(o.commanders.length ? o.commanders.flatMap((c) => wrap(commanderLine(c), 54)) : ['no commander known at this date'])];
      const where = level.level === 0 ? 'the organisation charted' : `${level.level} level${level.level > 1 ? 's' : ''} ${chart.direction === 'UP' ? 'above' : 'below'}`;
      return {
        id,
        role: 'organization' as const,
        ...box(lines),
        evidence: { title: name, lines: [where, `best path grade ${o.pathGrade ?? 'ungraded'}`, ...o.commanders.map(commanderLine)], recordIds: o.commanders.map((c) => c.posting.id) },
      };
    }),
  );
}

function linkEdges(chart: ChartAnswer): ChainEdge[] {
  return chart.links.map((l) => ({
    id: `link:${l.subordination.id}`,
    source: l.parent.id,
    target: l.child.id,
    label: `${l.grade ?? 'ungraded'}${l.validity === 'POSSIBLE' ? ' · possible' : ''}${l.closesCycle ? ' · cycle cut' : ''}`,
    grade: l.grade,
    validity: l.validity,
    weakest: false,
    closesCycle: l.closesCycle,
    evidence: {
      title: `command link (level ${l.level})`,
      lines: [`subordination ${l.subordination.id}`, `${l.startDate ?? '…'} to ${l.endDate ?? '…'}`, validityWord(l.validity), ...(l.closesCycle ? ['closes a cycle: not followed round again'] : [])],
      recordIds: [l.subordination.id],
    },
  }));
}

export function chartToDrawing(chart: ChartAnswer): ChainDrawing {
  const notes = chart.cycles.map((c) => `Cycle: ${c.organizations.map((o) => o.name).join(' → ')}; cut at ${c.cutAt} (drawn dotted).`);
  if (chart.depthLimited) notes.unshift(`The chart stops at its depth (${chart.depth} levels): command links continue ${chart.direction === 'UP' ? 'above' : 'below'} it.`);
  if (chart.links.length === 0)
    notes.push(`No command link ${chart.direction === 'UP' ? 'above' : 'below'} ${chart.organization.name} holds at ${chart.at}${chart.minGrade ? ` at grade ${chart.minGrade} or better` : ''}.`);
  return { nodes: organizationNodes(chart), edges: linkEdges(chart), notes };
}

/** Today as YYYY-MM-DD: where a chart opens when no date is asked. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
