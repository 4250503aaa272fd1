/**
 * "As at": a date slider over a chain or a chart. The marks are where its facts begin (green) or
 * end (red): a line for a day, a band for a partial date (a year, a month); clicking one moves there.
 * Moving the slider asks the service again when it is let go; the buttons step to the change before
 * or after, and play steps through them all.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ensureMarks, moveTo, play, stop, type TimedView } from '../../commands/time';
import { boundariesOn, marksOn, nextChange, previousChange, sliderRange } from '../../core/time/actions';
import { addDays, dayDate, dayNumber, isFullDate } from '../../core/time/days';
import type { Mark } from '../../core/time/types';
import { useStore } from '../use-store';

const WIDTH = 1000;

function Marks({ marks, onChoose }: { marks: Mark[]; onChoose: (m: Mark) => void }) {
  return (
    <svg class="time-marks" viewBox={`0 0 ${WIDTH} 20`} preserveAspectRatio="none" aria-hidden="true">
      {marks.map((m, i) => (
        <g key={`${m.factId}-${m.boundary}-${i}`} class={`time-mark ${m.boundary === 'START' ? 'starts' : 'ends'}${m.range ? ' range' : ''}`} onClick={() => onChoose(m)}>
          <title>{m.title}</title>
          {m.range ? <rect x={m.at * WIDTH} y={3} width={Math.max(2, m.width * WIDTH)} height={14} /> : <rect x={m.at * WIDTH - 1.5} y={0} width={3} height={20} />}
        </g>
      ))}
    </svg>
  );
}

export function TimeSlider({ view, subject }: { view: TimedView; subject: string | null }) {
  const state = useStore(view.store);
  const shown = view.at();
  const [day, setDay] = useState<string | null>(shown);
  useEffect(() => setDay(shown), [shown]);
  useEffect(() => {
    void ensureMarks(view);
  }, [subject]);
  // Play stops when the view closes.
  useEffect(() => () => stop(view), []);

  const marks = state?.marks ?? null;
  const range = useMemo(() => (marks && shown ? sliderRange(marks, shown) : null), [marks, shown === null]);
  const drawn = useMemo(() => (marks && range ? marksOn(marks, range) : []), [marks, range]);
  if (!shown || !day) return null;
  const go = (date: string | undefined) => date && date !== shown && void moveTo(view, date);
  const changesHere = marks ? boundariesOn(marks, shown) : [];
  const playing = state?.playing ?? false;
  const changeDay = (m: Mark) => {
    const b = marks?.boundaries.find((x) => x.factId === m.factId && x.boundary === m.boundary);
    if (b) go(b.boundary === 'START' ? b.earliest : addDays(b.earliest, 1));
  };

  return (
    <section class="time-slider" aria-label="Date of the drawing" data-at={shown} data-playing={playing ? 'true' : 'false'}>
      <div class="time-controls">
        <label>
          As at{' '}
          <input
            type="date"
            class="time-date"
            aria-label="As at (date)"
            value={day}
            onChange={(e) => {
              const value = (e.target as HTMLInputElement).value;
              if (isFullDate(value)) go(value);
            }}
          />
        </label>
        <button
          type="button"
          class="time-previous"
          disabled={!marks || !previousChange(marks.dates, shown)}
          onClick={() => go(marks ? previousChange(marks.dates, shown) : undefined)}
          title="The change before"
        >
          ◀ change
        </button>
        <button type="button" class="time-play" disabled={!marks?.dates.length} onClick={() => (playing ? stop(view) : void play(view))} aria-pressed={playing}>
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" class="time-next" disabled={!marks || !nextChange(marks.dates, shown)} onClick={() => go(marks ? nextChange(marks.dates, shown) : undefined)} title="The change after">
          change ▶
        </button>
        <span class="muted time-count">{marks ? `${marks.dates.length} change date${marks.dates.length === 1 ? '' : 's'}` : 'reading the change dates…'}</span>
      </div>
      {range && (
        <div class="time-track">
          <Marks marks={drawn} onChoose={changeDay} />
          <input
            type="range"
            class="time-range"
            aria-label="As at (slider)"
            min={range.min}
            max={range.max}
            step={1}
            value={dayNumber(day)}
            onInput={(e) => setDay(dayDate(Number((e.target as HTMLInputElement).value)))}
            onChange={(e) => go(dayDate(Number((e.target as HTMLInputElement).value)))}
          />
          <div class="time-scale">
            <span>{dayDate(range.min)}</span>
            <span>{dayDate(range.max)}</span>
          </div>
        </div>
      )}
      {changesHere.length > 0 && (
        <ul class="time-here" aria-label="Changes on this date">
          {changesHere.map((b) => (
            <li key={`${b.factId}-${b.boundary}`}>
              {b.boundary === 'START' ? 'begins' : 'ended'} {b.date}: {b.summary}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the last move of the date changed, in words. */
export function TimeChanges({ view }: { view: TimedView }) {
  const state = useStore(view.store);
  const lines = state?.diff?.lines ?? [];
  if (!lines.length) return null;
  return (
    <section class="time-changes" aria-label="Changed since the date before">
      <h3>Changed since the date before</h3>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}
