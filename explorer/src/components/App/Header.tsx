/** The top bar: search, who is signed in and what they may see, GraphiQL, sign out. */
import { signOut } from '../../commands/session';
import { tokenExpiry } from '../../core/session/actions';
import { sessionStore } from '../../core/session/state';
import { SearchBox } from '../Search/SearchBox';
import { useStore } from '../use-store';

export function Header() {
  const session = useStore(sessionStore);
  const viewer = session.viewer;
  const expires = session.token ? tokenExpiry(session.token) : undefined;
  return (
    <header class="top-bar">
      <h1>evidence-graph</h1>
      <SearchBox />
      <span class="viewer" title={expires ? `token valid until ${expires.toLocaleString()}` : undefined}>
        {viewer ? (
          <>
            {viewer.id} · {viewer.roles.join(', ')} · <span class={viewer.cleared ? 'cleared' : 'not-cleared'}>{viewer.cleared ? 'cleared' : 'not cleared: protected persons under pseudonyms'}</span>
          </>
        ) : (
          'checking your token…'
        )}
      </span>
      {/* Same tab: the token lives in this tab's sessionStorage, which a new tab would not have. */}
      <a href="/graphiql/">GraphiQL</a>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}
