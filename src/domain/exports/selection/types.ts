/** What a selection hands to the export input. */
import type { TypeCounts } from './order';

export interface SelectedIds {
  /** The records to export, in export order (see order.ts): deterministic for one graph state. */
  ids: string[];
  /** How many of each type. */
  byType: TypeCounts;
  /** Withheld persons the selection met and left out (0 for a cleared viewer). */
  withheld: number;
  /** Records left out because they link a withheld person. */
  omitted: number;
  /**
   * The ids of both (never written anywhere: they are what must not be shown). Redaction drops a
   * `contradicts` naming one of them.
   */
  leftOut: ReadonlySet<string>;
  /** Anything worth telling the user (a record removed while selecting). */
  notes: string[];
}
