import { boundariesOn, marksOn, nextChange, playSequence, previousChange, sliderRange } from './actions';
import { addDays, dayDate, dayNumber, isFullDate } from './days';
import { diffCommand, type CommandShape } from './diff';
import { keepPlaces } from './placement';
import type { ChangeMarks } from './types';

const MARKS: ChangeMarks = {
  dates: ['2020-01-01', '2020-12-31', '2021-03-01', '2021-04-15'],
  boundaries: [
    { factId: 'post:officer', kind: 'POSTING', boundary: 'START', date: '2020', earliest: '2020-01-01', latest: '2020-12-31', summary: 'Pavel Petrov: OFFICER of Riot unit' },
    { factId: 'sub:city', kind: 'SUBORDINATION', boundary: 'END', date: '2021-02-28', earliest: '2021-02-28', latest: '2021-02-28', summary: 'Riot unit under City department' },
    { factId: 'sub:regional', kind: 'SUBORDINATION', boundary: 'START', date: '2021-03-01', earliest: '2021-03-01', latest: '2021-03-01', summary: 'Riot unit under Regional department' },
    { factId: 'post:old', kind: 'POSTING', boundary: 'END', date: '2021-04-14', earliest: '2021-04-14', latest: '2021-04-14', summary: 'Oleg Old: COMMANDER of Riot unit' },
    { factId: 'post:new', kind: 'POSTING', boundary: 'START', date: '2021-04-15', earliest: '2021-04-15', latest: '2021-04-15', summary: 'Nikolai New: COMMANDER of Riot unit' },
  ],
};

describe('days', () => {
  it('counts days and back, across months and leap years', () => {
    expect(dayDate(dayNumber('2020-02-28') + 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(isFullDate('2021-02-29')).toBe(false);
    expect(isFullDate('2021-04-15')).toBe(true);
    expect(isFullDate('2021-04')).toBe(false);
  });
});

describe('the date slider', () => {
  it('spans every boundary and the day asked, with a margin', () => {
    const range = sliderRange(MARKS, '2021-05-20');
    expect(dayDate(range.min)).toBe(addDays('2020-01-01', -60));
    expect(dayDate(range.max)).toBe(addDays('2021-05-20', 60));
  });

  it('draws a partial date as a band and a day as a line, each saying what begins or ends', () => {
    const range = { min: dayNumber('2020-01-01'), max: dayNumber('2022-01-01') };
    const [year, city] = marksOn(MARKS, range);
    expect(year).toEqual(expect.objectContaining({ range: true, at: 0, title: 'begins 2020 (any day from 2020-01-01 to 2020-12-31): Pavel Petrov: OFFICER of Riot unit' }));
    expect(year!.width).toBeCloseTo(366 / 731, 5);
    expect(city).toEqual(expect.objectContaining({ range: false, width: 0, title: 'ends 2021-02-28: Riot unit under City department' }));
  });

  it('steps to the change before and after a day, and plays through the changes after it', () => {
    expect(nextChange(MARKS.dates, '2021-03-01')).toBe('2021-04-15');
    expect(previousChange(MARKS.dates, '2021-03-01')).toBe('2020-12-31');
    expect(nextChange(MARKS.dates, '2021-05-20')).toBeUndefined();
    expect(playSequence(MARKS.dates, '2021-01-01')).toEqual(['2021-03-01', '2021-04-15']);
    expect(playSequence(MARKS.dates, '2021-05-20')).toEqual(MARKS.dates);
  });

  it('says which boundaries take effect on a day (an end on the day after it)', () => {
    expect(boundariesOn(MARKS, '2021-03-01').map((b) => b.factId)).toEqual(['sub:city', 'sub:regional']);
    expect(boundariesOn(MARKS, '2020-06-01').map((b) => b.factId)).toEqual(['post:officer']);
  });
});

const chain = (commander: string, parent: string): CommandShape => ({
  levels: [
    { organizations: [{ organization: { id: 'org:unit', name: 'Riot unit' }, commanders: [{ posting: { id: `post:${commander}` }, person: { name: commander } }] }] },
    { organizations: [{ organization: { id: parent, name: parent === 'org:city' ? 'City department' : 'Regional department' }, commanders: [] }] },
  ],
  links: [{ subordination: { id: `sub:${parent}` }, child: { id: 'org:unit' }, parent: { id: parent } }],
});

describe('what changed', () => {
  it('sees a commander replaced and a unit moved to another parent', () => {
    const diff = diffCommand(chain('Oleg Old', 'org:city'), chain('Nikolai New', 'org:regional'));
    expect(diff.replaced).toEqual({ 'org:unit': { before: ['Oleg Old'], after: ['Nikolai New'] } });
    expect(diff.appearedOrganizations).toEqual(['org:regional']);
    expect(diff.goneLinks).toEqual(['sub:org:city']);
    expect(diff.lines).toEqual([
      'Riot unit: Oleg Old replaced by Nikolai New',
      'link ends: Riot unit under City department',
      'link begins: Riot unit under Regional department',
      'leaves the drawing: City department',
      'enters the drawing: Regional department',
    ]);
  });

  it('has nothing to say the first time, or when nothing changed', () => {
    expect(diffCommand(null, chain('Oleg Old', 'org:city')).lines).toEqual([]);
    expect(diffCommand(chain('Oleg Old', 'org:city'), chain('Oleg Old', 'org:city')).lines).toEqual([]);
  });
});

describe('keeping places', () => {
  it('moves a new box aside rather than over a kept one', () => {
    const previous = new Map([
      ['unit', { x: 0, y: 300 }],
      ['council', { x: -200, y: 100 }],
    ]);
    const laidOut = new Map([
      ['unit', { x: 0, y: 300 }],
      ['council', { x: -200, y: 100 }],
      ['executive', { x: -190, y: 100 }],
    ]);
    const sizes = new Map([
      ['unit', { width: 100, height: 40 }],
      ['council', { width: 100, height: 40 }],
      ['executive', { width: 100, height: 40 }],
    ]);
    const placed = keepPlaces(previous, laidOut, [], sizes);
    expect(placed.get('council')).toEqual({ x: -200, y: 100 });
    expect(placed.get('executive')).toEqual({ x: -200 + 100 + 24 + 1, y: 100 });
  });

  it('keeps the nodes that stay where they were, and puts a new one where the layout put it relative to a kept neighbour', () => {
    const previous = new Map([
      ['unit', { x: 100, y: 300 }],
      ['city', { x: 100, y: 150 }],
    ]);
    const laidOut = new Map([
      ['unit', { x: 0, y: 200 }],
      ['regional', { x: 10, y: 50 }],
    ]);
    const placed = keepPlaces(previous, laidOut, [{ source: 'regional', target: 'unit' }]);
    expect(placed).toEqual(
      new Map([
        ['unit', { x: 100, y: 300 }],
        ['regional', { x: 110, y: 150 }],
      ]),
    );
  });
});
