/** One problem with one record: where it is (line, record, field) and what is wrong, safe to show. */
export interface RecordProblem {
  /** 1-based line of the record in its file, when it came from one. */
  line?: number;
  recordId?: string;
  recordType?: string;
  /** Dotted path of the field at fault, e.g. "sources.0.source"; "" for the record as a whole. */
  field: string;
  message: string;
  /** For a reference problem: the id referred to. */
  refersTo?: string;
}
