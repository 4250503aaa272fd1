/** The README prints the derivation rules of element coverage as the one table that declares them does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DERIVATION_RULES, rulesTableMarkdown } from '../../src/domain/coverage';
import type { ELEMENT_KINDS } from '../../src/foundations/model/enums';

describe('the derivation rules', () => {
  it('are printed in the README exactly as src/domain/coverage/rules.ts declares them', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(rulesTableMarkdown());
  });

  it('each has its own id and names elements by article and number', () => {
    expect(new Set(DERIVATION_RULES.map((r) => r.id)).size).toBe(DERIVATION_RULES.length);
    for (const rule of DERIVATION_RULES)
      for (const t of rule.targets) expect(t).toEqual({ article: expect.stringMatching(/^(7\(1\)\([a-k]\)|25\(3\)\([a-d]\)|28\([ab]\))$/), number: expect.stringMatching(/^\d+$/) });
  });

  it('aim at no mental element of the seed’s provisions (those are proved only by citations)', () => {
    const provisions = readFileSync(join(__dirname, '..', '..', 'seed', '30-law.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"LegalProvision"'))
      .map((l) => JSON.parse(l) as { article: string; elements: { number: string; kind: (typeof ELEMENT_KINDS)[number] }[] });
    const kindOf = (article: string, number: string) => provisions.find((p) => p.article === article)?.elements.find((e) => e.number === number)?.kind;
    const aimed = DERIVATION_RULES.flatMap((r) => r.targets.map((t) => `${r.id} ${t.article} ${t.number} ${kindOf(t.article, t.number)}`));
    expect(aimed.filter((a) => a.endsWith('MENTAL') || a.endsWith('undefined'))).toEqual([]);
  });
});
