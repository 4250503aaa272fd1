/**
 * Persons: officials (one per command term, plus career officers, judges and prosecutors), the
 * head of state, and the persons who are only ever on the receiving end. About 2% are protected:
 * shown under a pseudonym, or withheld altogether.
 */
import { COUNTRY, personName, pseudonym, variantSpelling } from './names';
import { PersonKind, personId } from './postings';
import { rngFor } from '../../foundations/prng';
import type { Citer } from './sources';
import type { RecordWriter } from './writer';

export function writePersons(w: RecordWriter, seed: number, kinds: readonly PersonKind[], citer: Citer): void {
  for (let i = 0; i < kinds.length; i += 1) {
    const rng = rngFor(seed, 'person', i);
    const kind = kinds[i]!;
    const name = personName(rng);
    const protect = rng.chance(kind === PersonKind.Victim ? 0.035 : kind === PersonKind.Official ? 0.01 : 0);
    const withheld = protect && rng.chance(0.4);
    const born = kind === PersonKind.Victim ? rng.int(1950, 2005) : rng.int(1955, 1995);
    const birth = rng.chance(0.4) ? undefined : rng.chance(0.5) ? String(born) : `${born}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    w.write({
      type: 'Person',
      id: personId(i),
      name,
      ...(rng.chance(0.1) ? { aliases: [variantSpelling(name)] } : {}),
      ...(birth ? { birthDate: birth } : {}),
      citizenship: [COUNTRY],
      ...(kind === PersonKind.HeadOfState ? { description: 'Head of state of the fictional Republic of Veldoria (synthetic data)' } : {}),
      ...(protect ? { protection: withheld ? 'WITHHOLD' : 'PSEUDONYM' } : {}),
      ...(protect && !withheld ? { pseudonym: pseudonym(i) } : {}),
      sources: citer.cite(rng),
    });
  }
}
