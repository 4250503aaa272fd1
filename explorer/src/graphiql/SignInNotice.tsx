/** @jsxImportSource react */
/** GraphiQL without a token: a box to paste one (or use the explorer's printed link, which signs in both). */
import { useState } from 'react';
import { SESSION_STORAGE_KEY } from '../core/session/state';

export function SignInNotice() {
  const [token, setToken] = useState('');
  return (
    <form
      className="graphiql-signed-out"
      onSubmit={(e) => {
        e.preventDefault();
        if (!token.trim()) return;
        window.sessionStorage.setItem(SESSION_STORAGE_KEY, token.trim());
        window.location.reload();
      }}
    >
      <strong>Not signed in.</strong> Every query needs a token: open the explorer with the link <code>npm start</code> prints and follow its GraphiQL link, or paste a token{' '}
      <input aria-label="Token" value={token} onChange={(e) => setToken(e.target.value)} placeholder="eyJhbGciOi…" /> <button type="submit">Sign in</button>
    </form>
  );
}
