import { findQuote, locate, markQuote, parseLocator } from './locator';

const UN_REPORT = ['Summary', 'The report.', '', '43. Before.', 'still 43.', '44. The homes of human rights defenders', 'were raided.', '', '45. After.', ' 44  See a footnote.'];

describe('locators', () => {
  it('reads the seed locators', () => {
    expect(parseLocator('line 17')).toEqual({ kind: 'line', first: 17, last: 17 });
    expect(parseLocator('lines 3–5')).toEqual({ kind: 'line', first: 3, last: 5 });
    expect(parseLocator('para. 44')).toEqual({ kind: 'paragraph', first: 44, last: 44 });
    expect(parseLocator('paras. 44-46')).toEqual({ kind: 'paragraph', first: 44, last: 46 });
    expect(parseLocator('fn. 34')).toEqual({ kind: 'footnote', number: 34 });
    expect(parseLocator('summary')).toEqual({ kind: 'heading', text: 'Summary' });
    expect(parseLocator('art. 7(1)(d)')).toEqual({ kind: 'unknown', text: 'art. 7(1)(d)' });
  });

  it('finds a line by number', () => {
    expect(locate(UN_REPORT, parseLocator('line 2'))).toEqual({ first: 2, last: 2 });
    expect(locate(UN_REPORT, parseLocator('line 99'))).toBeNull();
  });

  it('finds a numbered paragraph up to the next one, not the footnote of the same number', () => {
    expect(locate(UN_REPORT, parseLocator('para. 44'))).toEqual({ first: 6, last: 7 });
    expect(locate(UN_REPORT, parseLocator('para. 45'))).toEqual({ first: 9, last: 10 });
    expect(locate(UN_REPORT, parseLocator('para. 12'))).toBeNull();
  });

  it('finds a footnote and a heading', () => {
    expect(locate(UN_REPORT, parseLocator('fn. 44'))).toEqual({ first: 10, last: 10 });
    expect(locate(UN_REPORT, parseLocator('summary'))).toEqual({ first: 1, last: 10 });
    expect(locate(UN_REPORT, parseLocator('p. 3'))).toBeNull();
  });

  it('marks the first words of a quote in a line', () => {
    expect(markQuote('Yesterday, KGB officers seized passports at once.', 'KGB officers seized passports immediately')).toEqual({
      before: 'Yesterday, ',
      marked: 'KGB officers seized passports',
      after: ' at once.',
    });
    expect(markQuote('Nothing here.', 'KGB officers seized passports')).toEqual({ before: 'Nothing here.', marked: '', after: '' });
  });

  it('finds a quote across a line break', () => {
    expect(findQuote(UN_REPORT, 'The homes of human rights defenders were raided')).toEqual({ first: 6, last: 6 });
    expect(findQuote(UN_REPORT, 'not there at all')).toBeNull();
    expect(findQuote(UN_REPORT, null)).toBeNull();
  });
});
