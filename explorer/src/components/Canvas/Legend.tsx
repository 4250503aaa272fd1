/** What the shapes, colours and lines of the canvas mean. */
import { gradeColour } from '../../core/grades/grades';
import type { NodeKind } from '../../core/graph/types';
import { KindMark } from './KindMark';
import { KIND_LOOKS } from './kinds';

const EDGE_SAMPLES = [
  { grade: 'A1', text: 'fact graded A–B 1–3' },
  { grade: 'C3', text: 'fact graded C or 4' },
  { grade: 'D5', text: 'weaker fact' },
];

export function Legend() {
  return (
    <aside class="legend" aria-label="Legend">
      <ul>
        {(Object.keys(KIND_LOOKS) as NodeKind[]).map((kind) => (
          <li key={kind}>
            <KindMark kind={kind} /> {KIND_LOOKS[kind].title}
          </li>
        ))}
      </ul>
      <ul>
        {EDGE_SAMPLES.map((s) => (
          <li key={s.grade}>
            <svg width="26" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="25" y2="5" stroke={gradeColour(s.grade)} stroke-width="3" />
            </svg>{' '}
            {s.text}
          </li>
        ))}
        <li>
          <svg width="26" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="25" y2="5" stroke="#8a8f98" stroke-width="2" stroke-dasharray="2 3" />
          </svg>{' '}
          place, court (not a sourced fact)
        </li>
        <li>
          <svg width="26" height="14" aria-hidden="true">
            <circle cx="13" cy="7" r="5.5" fill="#fff" stroke="#1a202c" stroke-width="1.5" stroke-dasharray="2 2" />
          </svg>{' '}
          dashed border: pseudonym · thick border: pinned
        </li>
      </ul>
    </aside>
  );
}
