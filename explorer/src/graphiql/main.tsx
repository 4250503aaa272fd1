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
import { takeTokenFromAddress } from '../core/session/actions';
import { fetchGraphQL, storedToken } from './fetcher';
import { SignInNotice } from './SignInNotice';

// A link to /graphiql/#token=… signs in as the explorer's does (the token leaves the address bar).
takeTokenFromAddress(window, window.sessionStorage);

// The README's tour, ready in tabs the first time GraphiQL opens in this browser.
const TOUR_TABS = DOCUMENTED_QUERIES.slice(0, 3).map((q, i) => ({ query: namedQuery(q, i) }));

function Page() {
  return (
    <>
      {!storedToken() && <SignInNotice />}
      <GraphiQL fetcher={fetchGraphQL} plugins={[examplesPlugin]} defaultTabs={TOUR_TABS} shouldPersistHeaders={false} isHeadersEditorEnabled={false} defaultEditorToolsVisibility={false} />
    </>
  );
}

createRoot(document.getElementById('graphiql')!).render(<Page />);
