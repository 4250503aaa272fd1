/** An allegation's matrix as the panel shows it: the service's coverage, grouped and worded. */
export type CoverageStatus = 'SUPPORTED' | 'WEAK' | 'CONTESTED' | 'GAP';

export interface MatrixCitation {
  sourceId: string;
  title: string;
  publisher: string | null;
  locator: string;
  grade: string;
  quote: string | null;
  held: boolean;
}

export interface MatrixItem {
  rule: string;
  /** "cited" for the allegation's own citation, else the rule's id, in words. */
  ruleWords: string;
  recordId: string;
  finding: string | null;
  citation: MatrixCitation;
}

export interface MatrixElement {
  key: string;
  heading: string;
  kind: string;
  text: string;
  footnotes: string[];
  status: CoverageStatus;
  statusWords: string;
  reason: string;
  pattern: string | null;
  items: MatrixItem[];
  rivals: { recordId: string; label: string; disputes: string; citations: MatrixCitation[] }[];
}

export interface MatrixView {
  thresholds: string;
  summary: string;
  notes: string[];
  parts: { title: string; elements: MatrixElement[] }[];
}
