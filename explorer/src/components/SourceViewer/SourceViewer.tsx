/**
 * A held source document, fetched with the token and shown as text, scrolled to the citation's
 * locator with those lines highlighted (falling back on where the quote is found). Line numbers
 * are the held file's, as "line 17" counts them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchHeldSource } from '../../api/files';
import { reporting } from '../../commands/report';
import { findQuote, locate, markQuote, parseLocator, type LineRange } from '../../core/locator/locator';
import { sourceViewStore } from '../../core/source-view/state';
import type { SourceView } from '../../core/source-view/types';
import { useStore } from '../use-store';

function Document({ view }: { view: SourceView }) {
  const [lines, setLines] = useState<string[] | null | undefined>(undefined);
  const target = useRef<HTMLLIElement>(null);
  useEffect(() => {
    let current = true;
    void reporting(`opening ${view.title}`, () => fetchHeldSource(view.sourceId)).then((text) => {
      if (current) setLines(text === undefined ? null : text.replace(/\r\n?/g, '\n').split('\n'));
    });
    return () => {
      current = false;
    };
  }, [view.sourceId]);

  const located: LineRange | null = lines ? locate(lines, parseLocator(view.locator)) : null;
  const range = located ?? (lines ? findQuote(lines, view.quote) : null);
  useEffect(() => target.current?.scrollIntoView({ block: 'center' }), [lines, view.locator]);

  if (lines === undefined) return <p class="muted">Fetching the document…</p>;
  if (lines === null) return <p class="muted">The document could not be opened (see the message above).</p>;
  return (
    <>
      <p class="source-where">
        {located
          ? `${view.locator} highlighted (${range!.first === range!.last ? `line ${range!.first}` : `lines ${range!.first}–${range!.last}`}), the quote's first words marked.`
          : range
            ? `“${view.locator}” could not be found as such; the quote was found at line ${range.first}.`
            : `“${view.locator}” could not be found in the text; shown from the top.`}
      </p>
      <ol class="source-text">
        {lines.map((line, i) => {
          const n = i + 1;
          const hit = range && n >= range.first && n <= range.last;
          const cut = hit ? markQuote(line, view.quote) : null;
          return (
            <li key={n} value={n} class={hit ? 'hit' : undefined} ref={range && n === range.first ? target : undefined}>
              {cut?.marked ? (
                <>
                  {cut.before}
                  <mark>{cut.marked}</mark>
                  {cut.after}
                </>
              ) : (
                line || ' '
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function SourceViewer() {
  const view = useStore(sourceViewStore);
  if (!view) return null;
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-label={`Source: ${view.title}`}>
      <div class="overlay-box source-viewer">
        <header class="overlay-head">
          <h2>{view.title}</h2>
          <span class="muted">at {view.locator}</span>
          <button type="button" onClick={() => sourceViewStore.set(null)}>
            Close
          </button>
        </header>
        {view.quote && <blockquote class="quote">{view.quote}</blockquote>}
        <Document key={view.sourceId} view={view} />
      </div>
    </div>
  );
}
