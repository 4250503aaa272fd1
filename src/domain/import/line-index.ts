/**
 * What the validation's first pass learns of each line, kept so that no later pass has to parse a
 * line it does not use: the write tier of the record on it (tiers.ts) and whether it contradicts
 * others. One byte per line of the input, so memory grows with the lines, not with the records'
 * size; a line without a record (blank, a comment, refused by its schema) has none.
 */
import type { RecordType } from '../../storage/records/schemas';
import { WRITE_TIERS } from './tiers';

const NONE = 0;
const CONTRADICTS = 0x80;

export class LineIndex {
  private codes = new Uint8Array(1024);

  /** Notes the record on `line`: its type's tier, and whether it has contradictions to write. */
  set(line: number, type: RecordType, contradicts: boolean): void {
    if (line >= this.codes.length) {
      const grown = new Uint8Array(Math.max(line + 1, this.codes.length * 2));
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[line] = (WRITE_TIERS.findIndex((t) => t.includes(type)) + 1) | (contradicts ? CONTRADICTS : NONE);
  }

  /** The write tier (index into WRITE_TIERS) of the record on `line`, or -1 when it holds none. */
  tier(line: number): number {
    return ((this.codes[line] ?? NONE) & ~CONTRADICTS) - 1;
  }

  /** Whether the record on `line` contradicts others (its CONTRADICTS links go in the last pass). */
  contradicts(line: number): boolean {
    return ((this.codes[line] ?? NONE) & CONTRADICTS) !== 0;
  }

  /** Every line holding a record, in order. */
  *lines(): Generator<number> {
    for (let line = 0; line < this.codes.length; line++) if (this.codes[line] !== NONE) yield line;
  }
}
