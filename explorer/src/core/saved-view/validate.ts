/**
 * A saved view read from a link or a file, checked field by field: anything it cannot be is
 * refused with where and why, and a setting it does not know falls back to the default, so a view
 * from another version opens as much as it can and a crafted one opens nothing it should not.
 */
import { defaultFilters } from '../filters/state';
import { isPartialDate } from '../filters/actions';
import { isGrade } from '../grades/grades';
import { KIND_TITLES } from '../expansion/actions';
import type { NodeKind } from '../graph/types';
import { defaultPanels, RIGHT_PANELS } from '../panels/state';
import { defaultPathQuery, MAX_PATH_HOPS } from '../paths/state';
import { LAYOUTS } from '../view/state';
import { SAVED_VIEW_FORMAT, type SavedNode, type SavedView } from './types';

/** As many records as the service draws at most. */
export const MAX_SAVED_NODES = 5000;

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, max = 300): string | null => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
const date = (v: unknown): string | null => (typeof v === 'string' && isPartialDate(v) ? v : null);
const grade = (v: unknown): string | null => (typeof v === 'string' && isGrade(v) ? v : null);
const KINDS = Object.keys(KIND_TITLES) as NodeKind[];

function nodesOf(value: unknown): SavedNode[] | string {
  if (!Array.isArray(value)) return 'nodes: expected a list';
  if (value.length > MAX_SAVED_NODES) return `nodes: at most ${MAX_SAVED_NODES}, the view has ${value.length}`;
  const nodes: SavedNode[] = [];
  for (const [i, n] of value.entries()) {
    const id = isRecord(n) ? str(n.id) : null;
    if (!isRecord(n) || !id || !KINDS.includes(n.kind as NodeKind)) return `nodes[${i}]: expected an id and a kind`;
    nodes.push({ id, kind: n.kind as NodeKind, x: num(n.x) ?? 0, y: num(n.y) ?? 0, ...(n.pinned === true ? { pinned: true } : {}) });
  }
  return nodes;
}

function edgesOf(value: unknown): SavedView['edges'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e) => {
    const [id, source, target] = isRecord(e) ? [str(e.id), str(e.source), str(e.target)] : [null, null, null];
    return id && source && target ? [{ id, source, target }] : [];
  });
}

function selectionOf(v: unknown): SavedView['selection'] {
  return isRecord(v) && (v.kind === 'node' || v.kind === 'edge') && str(v.id) ? { kind: v.kind, id: v.id as string } : null;
}

function filtersOf(v: unknown): SavedView['filters'] {
  const f = isRecord(v) ? v : {};
  const hops = num(f.hops);
  return { hops: hops && Number.isInteger(hops) && hops >= 1 && hops <= 4 ? hops : defaultFilters.hops, from: date(f.from), to: date(f.to), minGrade: grade(f.minGrade) };
}

function chainOf(v: unknown): SavedView['chain'] {
  if (!isRecord(v) || !str(v.eventId)) return null;
  const at = typeof v.at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.at) ? v.at : null;
  return { eventId: v.eventId as string, minGrade: grade(v.minGrade), at };
}

function chartOf(v: unknown): SavedView['chart'] {
  if (!isRecord(v) || !str(v.organizationId) || typeof v.at !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.at)) return null;
  return { organizationId: v.organizationId as string, direction: oneOf(v.direction, ['UP', 'DOWN'] as const, 'UP'), at: v.at, minGrade: grade(v.minGrade) };
}

function pathsOf(v: unknown): SavedView['paths'] {
  if (!isRecord(v)) return null;
  const hops = num(v.maxHops);
  return {
    fromId: str(v.fromId),
    toId: str(v.toId),
    at: date(v.at),
    minGrade: grade(v.minGrade),
    maxHops: hops && Number.isInteger(hops) && hops >= 1 && hops <= MAX_PATH_HOPS ? hops : defaultPathQuery.maxHops,
  };
}

/** The view, or why it is not one. */
export function validateSavedView(value: unknown): { view: SavedView } | { problem: string } {
  if (!isRecord(value) || value.format !== SAVED_VIEW_FORMAT) return { problem: `not a saved view of the explorer (format "${SAVED_VIEW_FORMAT}" expected)` };
  if (value.version !== 1) return { problem: `saved view version ${String(value.version)}: this explorer opens version 1` };
  const nodes = nodesOf(value.nodes);
  if (typeof nodes === 'string') return { problem: nodes };
  const panels = isRecord(value.panels) ? value.panels : {};
  const metrics = isRecord(value.metrics) ? value.metrics : {};
  const table = isRecord(value.table) ? value.table : {};
  const sort = isRecord(table.sort) ? table.sort : {};
  return {
    view: {
      format: SAVED_VIEW_FORMAT,
      version: 1,
      nodes,
      edges: edgesOf(value.edges),
      layout: oneOf(
        value.layout,
        LAYOUTS.map((l) => l.name),
        'fcose',
      ),
      filters: filtersOf(value.filters),
      selection: selectionOf(value.selection),
      panels: {
        right: oneOf(
          panels.right,
          RIGHT_PANELS.map((p) => p.name),
          defaultPanels.right,
        ),
        table: typeof panels.table === 'boolean' ? panels.table : defaultPanels.table,
      },
      metrics: { sizeBy: oneOf(metrics.sizeBy, ['none', 'degree', 'betweenness'] as const, 'none'), colourBy: oneOf(metrics.colourBy, ['kind', 'community'] as const, 'kind') },
      table: { tab: oneOf(table.tab, ['entities', 'facts'] as const, 'entities'), sort: { key: str(sort.key, 40) ?? 'name', descending: sort.descending === true } },
      chain: chainOf(value.chain),
      chart: chartOf(value.chart),
      paths: pathsOf(value.paths),
    },
  };
}
