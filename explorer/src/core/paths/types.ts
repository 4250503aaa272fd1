/** The path finder: between which entities, at what date, on what evidence, and the paths found. */
import type { FoundPath } from '../../api/analysis';

export type { FoundPath };

export interface PathQuery {
  fromId: string | null;
  toId: string | null;
  /** Only dated facts possibly valid then (full or partial date); null: any time. */
  at: string | null;
  minGrade: string | null;
  maxHops: number;
}

export interface PathsView {
  query: PathQuery;
  loading: boolean;
  /** null until asked. */
  paths: readonly FoundPath[] | null;
  /** The path drawn on the canvas, by index. */
  shown: number | null;
}
