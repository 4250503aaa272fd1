/**
 * Every citation of a record: the source (title, publisher, date, reliability), where in it
 * (locator), how credible, the grade, the verbatim quote (with its English translation, saying
 * whose, when the quote is in another language), and a button that opens the held
 * document at the locator inside the explorer (a plain link could not send the token).
 */
import { CREDIBILITY_WORDS, gradeColour, RELIABILITY_WORDS } from '../../core/grades/grades';
import { sourceViewStore } from '../../core/source-view/state';
import type { CitationFieldsFragment } from '../../api/generated';

export type CitationLike = CitationFieldsFragment & { source: { held?: boolean } };

export function GradeBadge({ grade }: { grade: string | null | undefined }) {
  return (
    <span class="grade" data-grade={grade ?? 'none'} style={{ backgroundColor: gradeColour(grade) }} title="Admiralty grade: source reliability and information credibility">
      {grade ?? 'ungraded'}
    </span>
  );
}

export function CitationList({ citations }: { citations: readonly CitationLike[] }) {
  if (!citations.length) return <p class="muted">No citation.</p>;
  return (
    <ol class="citations">
      {citations.map((c, i) => {
        const held = c.source.held ?? Boolean(c.source.file);
        return (
          <li key={`${c.source.id}|${c.locator}|${i}`} class="citation">
            <div class="citation-head">
              <GradeBadge grade={c.grade} /> <cite>{c.source.title}</cite>
              {c.source.publisher && <span class="muted"> · {c.source.publisher}</span>}
              {c.source.publishedAt && <span class="muted"> · {c.source.publishedAt}</span>}
            </div>
            <div class="citation-grades">
              reliability {c.source.reliability} ({RELIABILITY_WORDS[c.source.reliability] ?? '?'}) · credibility {c.credibility} ({CREDIBILITY_WORDS[c.credibility] ?? '?'}) · at{' '}
              <span class="locator">{c.locator}</span>
              {c.element && <> · legal element {c.element}</>}
            </div>
            {c.quote ? (
              <blockquote class="quote" lang={c.source.language ?? undefined}>
                {c.quote}
              </blockquote>
            ) : (
              <p class="muted">No quote given (or left out for your clearance).</p>
            )}
            {c.quote && c.translation && (
              <p class="translation" lang="en">
                <span class="muted">{c.translation.by === 'DATASET' ? 'English translation, the dataset’s own (not the source’s words):' : 'English translation given by the source:'}</span>{' '}
                {c.translation.text}
              </p>
            )}
            {held ? (
              <button type="button" class="link open-source" onClick={() => sourceViewStore.set({ sourceId: c.source.id, title: c.source.title, locator: c.locator, quote: c.quote })}>
                Open the source at {c.locator}
              </button>
            ) : (
              <span class="muted">The service holds no copy of this source{c.source.url ? `; published at ${c.source.url}` : ''}.</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
