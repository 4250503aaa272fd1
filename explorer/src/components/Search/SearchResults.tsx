/** Search results grouped by kind; choosing one puts it on the canvas, an event also offers its chain of command. */
import { addToCanvas } from '../../commands/canvas';
import { openChain } from '../../commands/chain';
import { groupResults } from '../../core/search/actions';
import { searchStore } from '../../core/search/state';
import { useStore } from '../use-store';
import { KindMark } from '../Canvas/KindMark';

export function SearchResults() {
  const { query, results, loading } = useStore(searchStore);
  if (loading) return <p class="muted">Searching…</p>;
  if (!results) return <p class="muted">Search for a name or a title to start. Accents do not matter; "lukash*" finds prefixes.</p>;
  if (!results.length)
    return (
      <p class="muted" data-query={query}>
        Nothing found for “{query}”.
      </p>
    );
  return (
    <div class="search-results" aria-label="Search results" data-query={query}>
      {groupResults(results).map((group) => (
        <section key={group.kind} class="result-group" data-kind={group.kind}>
          <h3>
            {group.title} <span class="count">{group.results.length}</span>
          </h3>
          <ul>
            {group.results.map((r) => (
              <li key={r.id}>
                <button type="button" class="result" data-id={r.id} onClick={() => void addToCanvas([r.id])} title={`Put ${r.id} on the canvas`}>
                  <KindMark kind={r.kind} />
                  <span class="result-title">{r.title}</span>
                  {r.detail && <span class="result-detail">{r.detail}</span>}
                </button>
                {(r.kind === 'EVENT' || r.kind === 'TRIAL') && (
                  <button type="button" class="link chain-link" onClick={() => void openChain(r.id)}>
                    chain of command
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
