/**
 * What a selection has gathered so far: the records it includes (with their type once known) and,
 * for a viewer without clearance, the withheld persons it met and the records it left out because
 * they link one. Shared by the four selections and the closure.
 */
import type { RecordType } from '../../../storage/records/schemas';

export class Collected {
  /** Included record ids → type (null until the closure has read it). */
  readonly included = new Map<string, RecordType | null>();
  /** Withheld persons the selection met: left out with their links. */
  readonly withheldPersons = new Set<string>();
  /** Records left out because they link a withheld person. */
  readonly omitted = new Set<string>();
  readonly notes: string[] = [];

  constructor(
    /** Ids of withheld persons (empty for a cleared viewer). */
    readonly withheld: ReadonlySet<string>,
  ) {}

  /** Includes a record unless it is withheld or already left out; true when it is new. */
  include(id: string, type: RecordType | null = null): boolean {
    if (this.withheld.has(id)) {
      this.withheldPersons.add(id);
      return false;
    }
    if (this.omitted.has(id)) return false;
    const known = this.included.get(id);
    if (known !== undefined) {
      if (known === null && type) this.included.set(id, type);
      return false;
    }
    this.included.set(id, type);
    return true;
  }

  /** Whether any of `ids` is a withheld person. */
  linksWithheld(ids: readonly string[]): boolean {
    return this.withheld.size > 0 && ids.some((id) => this.withheld.has(id));
  }

  /** Leaves out a record that links withheld persons (and notes those persons as met). */
  omit(id: string, links: readonly string[]): void {
    this.included.delete(id);
    this.omitted.add(id);
    for (const l of links) if (this.withheld.has(l)) this.withheldPersons.add(l);
  }

  has(id: string): boolean {
    return this.included.has(id);
  }
}
