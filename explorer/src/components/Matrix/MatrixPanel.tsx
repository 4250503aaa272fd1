/**
 * An allegation's matrix in its panel: each element of the crime and of the mode with its status,
 * the reason and thresholds, every evidence item (its rule, source, grade, quote) opening its
 * citation in the held document, the rival accounts beside, and each gap marked as one.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorInfo } from '../../api/client';
import { elementCoverage, type Coverage } from '../../api/matrix';
import { reporting } from '../../commands/report';
import { readableError } from '../../core/errors/errors';
import { matrixView } from '../../core/matrix/actions';
import { matrixOpenStore } from '../../core/matrix/state';
import type { MatrixCitation, MatrixElement } from '../../core/matrix/types';
import { sourceViewStore } from '../../core/source-view/state';
import { GradeBadge } from '../Evidence/CitationList';
import { useStore } from '../use-store';

function Citation({ c }: { c: MatrixCitation }) {
  return (
    <>
      <GradeBadge grade={c.grade} /> <cite>{c.title}</cite>
      {c.publisher && <span class="muted"> · {c.publisher}</span>}
      <span class="muted"> · {c.locator}</span>
      {c.quote && <blockquote class="quote">{c.quote}</blockquote>}
      {c.held ? (
        <button type="button" class="link open-source" onClick={() => sourceViewStore.set({ sourceId: c.sourceId, title: c.title, locator: c.locator, quote: c.quote })}>
          Open the citation at {c.locator}
        </button>
      ) : (
        <span class="muted">The service holds no copy of this source.</span>
      )}
    </>
  );
}

function Element({ e }: { e: MatrixElement }) {
  return (
    <li class={`matrix-element status-${e.status.toLowerCase()}`} data-status={e.status} data-element={e.key}>
      <div class="matrix-head">
        <span class="matrix-status">{e.statusWords}</span> <b>{e.heading}</b> <span class="muted">({e.kind})</span>
      </div>
      <p class="matrix-text">{e.text}</p>
      {e.footnotes.map((f) => (
        <p key={f} class="muted matrix-footnote">
          fn. {f}
        </p>
      ))}
      <p class="muted">{e.reason}</p>
      {e.pattern && <p class="matrix-pattern">{e.pattern}</p>}
      {e.items.length ? (
        <ol class="matrix-evidence">
          {e.items.map((i, n) => (
            <li key={`${i.recordId}|${i.citation.sourceId}|${i.citation.locator}|${n}`} class="matrix-item" data-rule={i.rule}>
              <div class="muted">{i.ruleWords}</div>
              {i.finding && <div class="matrix-finding">{i.finding}</div>}
              <Citation c={i.citation} />
            </li>
          ))}
        </ol>
      ) : (
        <p class="matrix-gap">Gap: no evidence for this element.</p>
      )}
      {e.rivals.length > 0 && (
        <div class="matrix-rivals">
          <h5>Rival accounts</h5>
          {e.rivals.map((r) => (
            <div key={r.recordId} class="matrix-rival">
              <div>
                {r.label} <span class="muted">disputes {r.disputes}</span>
              </div>
              {r.citations.map((c, n) => (
                <div key={`${c.sourceId}|${n}`}>
                  <Citation c={c} />
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </li>
  );
}

/** The coverage as read: not yet (undefined), the answer, or why it could not be read. */
type Reading = undefined | { coverage: Coverage } | { failure: string };

/** Reads the matrix; a failure is reported in the banner as any other, and its reason kept for the panel. */
async function readMatrix(allegationId: string): Promise<Reading> {
  let failure = 'the service gave no answer';
  const coverage = await reporting(`reading the matrix of ${allegationId}`, () =>
    elementCoverage(allegationId).catch((e: unknown) => {
      failure = readableError(errorInfo(e));
      throw e;
    }),
  );
  return coverage ? { coverage } : { failure };
}

export function MatrixPanel({ allegationId }: { allegationId: string }) {
  const open = useStore(matrixOpenStore);
  const [reading, setReading] = useState<Reading>(undefined);
  useEffect(() => {
    let current = true;
    setReading(undefined);
    if (open)
      void readMatrix(allegationId).then((answer) => {
        if (current) setReading(answer);
      });
    return () => {
      current = false;
    };
  }, [allegationId, open]);
  const coverage = reading && 'coverage' in reading ? reading.coverage : null;
  const view = coverage ? matrixView(coverage) : null;
  return (
    <section class="matrix" aria-label="Element coverage">
      <h3>
        <button type="button" class="link" aria-expanded={open} onClick={() => matrixOpenStore.set(!open)}>
          {open ? '▾' : '▸'} Element coverage
        </button>
      </h3>
      {open && reading === undefined && <p class="muted">Reading the matrix…</p>}
      {open && reading && 'failure' in reading && <p class="matrix-failure">The matrix could not be read. {reading.failure}</p>}
      {open && view && (
        <>
          <p class="matrix-summary">{view.summary}</p>
          <p class="muted">{view.thresholds}. Material for assessment, not a finding.</p>
          {view.notes.map((n) => (
            <p key={n} class="muted">
              {n}
            </p>
          ))}
          {view.parts.map((p) => (
            <div key={p.title}>
              <h4>{p.title}</h4>
              <ol class="matrix-elements">
                {p.elements.map((e) => (
                  <Element key={e.key} e={e} />
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
