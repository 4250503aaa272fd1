/** The sign-in box: paste a token (`npm run cli -- token …` or the one `npm start` prints). */
import { useState } from 'preact/hooks';
import { signInWith } from '../../commands/session';
import { looksLikeJwt } from '../../core/session/actions';

export function SignIn({ problem }: { problem: string | null }) {
  const [token, setToken] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!looksLikeJwt(token.trim())) return setInvalid(true);
    setInvalid(false);
    void signInWith(token);
  };
  return (
    <main class="sign-in">
      <h1>evidence-graph explorer</h1>
      <p>
        Sign in with a bearer token. `npm start` prints a link that signs you in directly; otherwise paste a token here. It is kept in this tab only and forgotten when you sign out or close the tab.
      </p>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <form onSubmit={submit}>
        <label for="token">Token</label>
        <textarea id="token" rows={5} spellcheck={false} autocomplete="off" value={token} onInput={(e) => setToken((e.target as HTMLTextAreaElement).value)} placeholder="eyJhbGciOi…" />
        {invalid && <p class="problem">That does not look like a token (three base64url parts separated by dots).</p>}
        <button type="submit">Sign in</button>
      </form>
      <p class="hint">
        Or open <a href="/graphiql/">GraphiQL</a> once signed in.
      </p>
    </main>
  );
}
