import { ALL_GRADES, gradeColour, gradeRank, gradeStrength, isGrade, weakestGrade } from './grades';

describe('grades', () => {
  it('ranks reliability first, then credibility', () => {
    expect(gradeRank('A1')).toBe(0);
    expect(gradeRank('A6')).toBe(5);
    expect(gradeRank('B1')).toBe(6);
    expect(gradeRank('F6')).toBe(35);
    expect(gradeRank('G1')).toBeUndefined();
    expect(gradeRank(null)).toBeUndefined();
  });

  it('lists the 36 grades best first', () => {
    expect(ALL_GRADES).toHaveLength(36);
    expect(ALL_GRADES.slice(0, 3)).toEqual(['A1', 'A2', 'A3']);
    expect(ALL_GRADES.every(isGrade)).toBe(true);
  });

  it('finds the weakest link; an ungraded one is weaker than any grade', () => {
    expect(weakestGrade(['A1', 'C3', 'B2'])).toBe('C3');
    expect(weakestGrade(['A1', null])).toBeNull();
    expect(weakestGrade([])).toBeUndefined();
  });

  it('draws strong grades strong and green, weak ones thin and red', () => {
    expect(gradeStrength('A1')).toBe(1);
    expect(gradeStrength('F6')).toBe(0);
    expect(gradeColour('A1')).toBe('#1f7a3a');
    expect(gradeColour('C3')).toBe('#b7791f');
    expect(gradeColour('C5')).toBe('#c53030');
    expect(gradeColour('E2')).toBe('#c53030');
    expect(gradeColour(undefined)).toBe('#8a8f98');
  });
});
