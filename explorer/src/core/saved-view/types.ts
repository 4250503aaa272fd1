/**
 * A saved view: the whole state of the explorer as plain data, for a link or a file. It holds ids,
 * places and settings, never what the records say: whoever opens it asks the service again with
 * their own token, and sees only what that token allows. It never holds the token.
 */
import type { Filters } from '../filters/types';
import type { NodeKind } from '../graph/types';
import type { ColourBy, SizeBy } from '../metrics/types';
import type { ChartDirection } from '../org-chart/types';
import type { Panels } from '../panels/types';
import type { PathQuery } from '../paths/types';
import type { Selection } from '../selection/types';
import type { TableState } from '../table/types';
import type { LayoutName } from '../view/types';

export const SAVED_VIEW_FORMAT = 'evidence-graph.view';

export interface SavedNode {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  pinned?: boolean;
}

export interface SavedView {
  format: typeof SAVED_VIEW_FORMAT;
  version: 1;
  nodes: SavedNode[];
  /** The links drawn among them (a link removed from the canvas stays out). */
  edges: { id: string; source: string; target: string }[];
  layout: LayoutName;
  filters: Filters;
  selection: Selection;
  panels: Panels;
  metrics: { sizeBy: SizeBy; colourBy: ColourBy };
  table: TableState;
  /** The chain of command open, at its date. */
  chain: { eventId: string; minGrade: string | null; at: string | null } | null;
  /** The organisation chart open, at its date. */
  chart: { organizationId: string; direction: ChartDirection; at: string; minGrade: string | null } | null;
  paths: PathQuery | null;
}
