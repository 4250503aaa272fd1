/**
 * The date slider's arithmetic: its extent, its marks (a partial date as a band), the change before
 * or after a day, and what "play" steps through. Pure functions over the service's answer.
 */
import { addDays, dayNumber } from './days';
import type { ChangeMarks, DayRange, Mark } from './types';

/** Room on each side of the first and last change, so both can be reached and passed. */
const MARGIN_DAYS = 60;

/** The slider's extent: every boundary and the day asked, with a margin; a year around the day when nothing changes. */
export function sliderRange(marks: ChangeMarks, at: string): DayRange {
  const days = [dayNumber(at), ...marks.boundaries.flatMap((b) => [dayNumber(b.earliest), dayNumber(b.latest)]), ...marks.dates.map(dayNumber)];
  const min = Math.min(...days);
  const max = Math.max(...days);
  const margin = max === min ? 183 : MARGIN_DAYS;
  return { min: min - margin, max: max + margin };
}

export function marksOn(marks: ChangeMarks, range: DayRange): Mark[] {
  const span = Math.max(1, range.max - range.min);
  const fraction = (date: string) => (dayNumber(date) - range.min) / span;
  return marks.boundaries.map((b) => {
    const partial = b.earliest !== b.latest;
    const at = fraction(b.earliest);
    const width = partial ? fraction(b.latest) - at + 1 / span : 0;
    const when = partial ? `${b.date} (any day from ${b.earliest} to ${b.latest})` : b.date;
    return { factId: b.factId, boundary: b.boundary, at, width, range: partial, title: `${b.boundary === 'START' ? 'begins' : 'ends'} ${when}: ${b.summary}` };
  });
}

/** The first change date after `at`, or undefined. */
export function nextChange(dates: readonly string[], at: string): string | undefined {
  return dates.find((d) => d > at);
}

/** The last change date before `at`, or undefined. */
export function previousChange(dates: readonly string[], at: string): string | undefined {
  return [...dates].reverse().find((d) => d < at);
}

/** What play steps through from `at`: the change dates after it; from the last one, all of them again. */
export function playSequence(dates: readonly string[], at: string): string[] {
  const after = dates.filter((d) => d > at);
  return after.length ? after : [...dates];
}

/** The boundaries whose change takes effect on `day`: a start on its days, an end on the days after its own. */
export function boundariesOn(marks: ChangeMarks, day: string): ChangeMarks['boundaries'] {
  return marks.boundaries.filter((b) => (b.boundary === 'START' ? b.earliest <= day && day <= b.latest : addDays(b.earliest, 1) <= day && day <= addDays(b.latest, 1)));
}
