import { matrixView, ruleWords, type CoverageIn } from './actions';

const cite = (id: string, grade: string) => ({ locator: 'para. 1', grade, quote: 'q', source: { id, title: `title ${id}`, publisher: null, held: true } });

const COVERAGE: CoverageIn = {
  thresholds: { description: 'SUPPORTED needs evidence from at least 2 independent publishers at grade B3 or better; less is WEAK' },
  summary: { elements: 3, supported: 1, weak: 0, contested: 1, gaps: 1 },
  notes: ['a note'],
  elements: [
    {
      part: 'CRIME',
      article: '7(1)(d)',
      number: '1',
      kind: 'CONDUCT',
      text: 'deported',
      footnotes: ['12: forcibly'],
      status: 'SUPPORTED',
      reason: 'r',
      pattern: null,
      evidence: [{ rule: 'conduct-deportation', recordId: 'part:x', finding: 'unit (DIRECTLY_PERPETRATED)', citation: cite('src:a', 'A1') }],
      contradictions: [],
    },
    { part: 'CRIME', article: '7(1)(d)', number: '3', kind: 'MENTAL', text: 'aware', footnotes: [], status: 'GAP', reason: 'no citation', pattern: null, evidence: [], contradictions: [] },
    {
      part: 'MODE',
      article: '25(3)(a)',
      number: '1',
      kind: 'CONDUCT',
      text: 'committed',
      footnotes: [],
      status: 'CONTESTED',
      reason: 'rival',
      pattern: null,
      evidence: [{ rule: 'cited', recordId: 'alg:x', finding: null, citation: cite('src:b', 'C3') }],
      contradictions: [{ recordId: 'part:r', contradictedId: 'part:x', label: 'rival', citations: [cite('src:c', 'C3')] }],
    },
  ],
};

describe('the matrix panel', () => {
  it('groups the crime and the mode, in the service’s order, with statuses in words', () => {
    const view = matrixView(COVERAGE);
    expect(view.parts.map((p) => [p.title, p.elements.map((e) => `${e.heading} ${e.statusWords}`)])).toEqual([
      ['The crime', ['art. 7(1)(d), element 1 supported', 'art. 7(1)(d), element 3 gap: no evidence']],
      ['The mode of liability', ['art. 25(3)(a), element 1 contested']],
    ]);
    expect(view.summary).toBe('3 elements: 1 supported, 0 weak, 1 contested, 1 gaps');
  });

  it('keeps each item’s citation, to open at its locator, and the rival accounts beside', () => {
    const [crime, mode] = matrixView(COVERAGE).parts;
    expect(crime!.elements[0]!.items[0]).toMatchObject({ ruleWords: 'derived: conduct deportation', citation: { sourceId: 'src:a', locator: 'para. 1', held: true } });
    expect(mode!.elements[0]!.rivals).toEqual([{ recordId: 'part:r', label: 'rival', disputes: 'part:x', citations: [expect.objectContaining({ sourceId: 'src:c' })] }]);
    expect(ruleWords('cited')).toBe('cited for this element');
  });
});
