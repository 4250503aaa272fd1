/** A held source document opened at a citation's locator. */
export interface SourceView {
  sourceId: string;
  title: string;
  locator: string;
  quote: string | null;
}
