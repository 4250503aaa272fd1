import { parsePartialDate, partialDateProblem, validityAt } from '../../src/foundations/model/partial-date';

describe('partial dates', () => {
  it('keep their precision and span', () => {
    expect(parsePartialDate('2020')).toEqual({ text: '2020', precision: 'YEAR', earliest: '2020-01-01', latest: '2020-12-31' });
    expect(parsePartialDate('2020-02')).toEqual({ text: '2020-02', precision: 'MONTH', earliest: '2020-02-01', latest: '2020-02-29' });
    expect(parsePartialDate('2021-02')).toMatchObject({ latest: '2021-02-28' });
    expect(parsePartialDate('2025-09-11')).toEqual({ text: '2025-09-11', precision: 'DAY', earliest: '2025-09-11', latest: '2025-09-11' });
  });

  it('explain what is wrong with a bad date', () => {
    expect(partialDateProblem('2021-13')).toBe('"2021-13" has month 13: months run 01 to 12');
    expect(partialDateProblem('2021-02-30')).toBe('"2021-02-30" has day 30: 2021-02 has days 01 to 28');
    expect(partialDateProblem('11/09/2025')).toBe('"11/09/2025" is not an ISO 8601 date: expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(partialDateProblem('2021-07-14')).toBeNull();
  });

  describe('validity of an interval at a date', () => {
    it('is CERTAIN inside a fully dated interval and NO outside it', () => {
      expect(validityAt('2020-01-01', '2020-04-14', '2020-03-01')).toBe('CERTAIN');
      expect(validityAt('2020-01-01', '2020-04-14', '2020-05-02')).toBe('NO');
      expect(validityAt('2020-04-15', null, '2020-05-02')).toBe('CERTAIN');
    });
    it('treats a null start as "since unknown" and a null end as "still in force"', () => {
      expect(validityAt(null, null, '1999')).toBe('CERTAIN');
      expect(validityAt(undefined, '2020-04-14', '2019-06-01')).toBe('CERTAIN');
    });
    it('is only POSSIBLE when a partial date straddles the date', () => {
      // Posted in "2020": on 2020-06-01 the posting may or may not have begun.
      expect(validityAt('2020', null, '2020-06-01')).toBe('POSSIBLE');
      expect(validityAt('2020', null, '2021-01-01')).toBe('CERTAIN');
      expect(validityAt('2020', null, '2019-12-31')).toBe('NO');
      // Ended in April 2020: 2020-04-10 is possibly still inside.
      expect(validityAt('2019', '2020-04', '2020-04-10')).toBe('POSSIBLE');
      // A partial "at" must lie wholly inside for CERTAIN.
      expect(validityAt('2020-03-01', null, '2020')).toBe('POSSIBLE');
    });
  });
});
