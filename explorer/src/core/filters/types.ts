/** What the canvas asks for when it expands: how far, in what date window, on what evidence. */
export interface Filters {
  /** Links to follow from a node on expansion, 1 to 4. */
  hops: number;
  /** A date window (full or partial ISO dates, "2020", "2020-08"); null: open. */
  from: string | null;
  to: string | null;
  /** Only facts with a citation at least this good ("B2"); null: any. */
  minGrade: string | null;
}
