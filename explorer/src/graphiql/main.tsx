/** @jsxImportSource react */
/**
 * GraphiQL at /graphiql/, bundled with the service (no CDN): the schema's documentation and
 * completion come from introspection with the signed-in token; the documented examples are
 * preloaded as tabs and listed in a plugin.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { DOCUMENTED_QUERIES, namedQuery } from './documented-queries';
import { examplesPlugin } from './ExamplesPlugin';
import { fetchGraphQL, storedToken } from './fetcher';

// The README's tour, ready in tabs the first time GraphiQL opens in this browser.
const TOUR_TABS = DOCUMENTED_QUERIES.slice(0, 3).map((q, i) => ({ query: namedQuery(q, i) }));

function Page() {
  return (
    <>
      {!storedToken() && (
        <div className="graphiql-signed-out" role="alert">
          Not signed in: open the explorer with the link <code>npm start</code> prints (or paste a token there), then reload this page. Every query needs a token.
        </div>
      )}
      <GraphiQL fetcher={fetchGraphQL} plugins={[examplesPlugin]} defaultTabs={TOUR_TABS} shouldPersistHeaders={false} isHeadersEditorEnabled={false} defaultEditorToolsVisibility={false} />
    </>
  );
}

createRoot(document.getElementById('graphiql')!).render(<Page />);
