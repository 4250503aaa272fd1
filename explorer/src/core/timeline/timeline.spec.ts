import { dateSpan, otherEnd, splitTimeline } from './actions';
import type { TimelineEntry } from './types';

const entry = (over: Partial<TimelineEntry>): TimelineEntry => ({ date: null, endDate: null, kind: 'POSTING', summary: '', event: null, fact: { id: 'f', citations: [] }, ...over });

describe('timeline', () => {
  it('lists undated facts apart', () => {
    const dated = entry({ date: '2020' });
    const undated = entry({});
    expect(splitTimeline([dated, undated])).toEqual({ dated: [dated], undated: [undated] });
  });

  it("finds a fact's other end: the organisation of a posting, the event of a participation, the other party of a subordination", () => {
    const posting = entry({ fact: { id: 'post:1', person: { id: 'person:a' }, organization: { id: 'org:u' }, citations: [] } });
    expect(otherEnd(posting, 'person:a')).toBe('org:u');
    expect(otherEnd(posting, 'org:u')).toBe('person:a');
    expect(otherEnd(entry({ kind: 'PARTICIPATION', event: { id: 'event:e' } }), 'person:a')).toBe('event:e');
    const sub = entry({ kind: 'SUBORDINATION', fact: { id: 'sub:1', child: { id: 'org:u' }, parent: { id: 'org:p' }, citations: [] } });
    expect(otherEnd(sub, 'org:u')).toBe('org:p');
  });

  it('says dates as spans', () => {
    expect(dateSpan({ kind: 'POSTING', date: '2019-01-01', endDate: '2021-04-14' })).toBe('2019-01-01 to 2021-04-14');
    expect(dateSpan({ kind: 'POSTING', date: '2020', endDate: null })).toBe('since 2020');
    expect(dateSpan({ kind: 'SUBORDINATION', date: null, endDate: '2021-02-28' })).toBe('until 2021-02-28');
    expect(dateSpan({ kind: 'PARTICIPATION', date: '2021-05-20', endDate: null })).toBe('2021-05-20');
  });
});
