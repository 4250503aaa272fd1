/**
 * What every import format reader produces: raw records v1 objects (not yet validated), each with
 * the line of the input it came from, plus problems found while converting. The import pipeline
 * validates them with the records v1 schemas exactly as it does JSON Lines.
 */
import type { RecordProblem } from '../../../storage/records/validate';

export interface RawItem {
  /** 1-based line (JSON Lines, FtM) or row (CSV, header = 1) of the input. */
  line: number;
  /** A records v1 object to validate; absent when the line could not be converted at all. */
  raw?: unknown;
  /** Problems converting this line (bad JSON, bad CSV cell, unmappable entity…). */
  problems: RecordProblem[];
}

/** What a conversion could not carry over: reported, never dropped silently. */
export interface ConversionNote {
  line: number;
  /** e.g. "FtM Vessel entity vessel-1", "CSV column 'nickname'". */
  what: string;
  message: string;
}

export interface FormatReader {
  /**
   * The converted items, in input order. May be iterated more than once (the pipeline makes several
   * passes). Given `wanted`, a reader may leave out the lines it does not want without reading
   * them into objects (JSON Lines does; the converting formats yield everything, the caller filters).
   */
  items(wanted?: (line: number) => boolean): AsyncIterable<RawItem>;
  /** Notes gathered while converting (complete after one full iteration). */
  notes(): ConversionNote[];
}

export interface ReaderOptions {
  /** For formats without citations of their own (FtM): the Source every converted record cites. */
  citeSource?: string;
  /** Credibility (1–6) given to those citations; default 3 ("possibly true") until assessed. */
  credibility?: number;
  /** CSV: the record type of every row when the file has no `type` column. */
  recordType?: string;
}
