/** The last error, as a sentence, until dismissed: a failed request never leaves a blank canvas. */
import { readableError } from '../../core/errors/errors';
import { errorStore } from '../../core/errors/state';
import { useStore } from '../use-store';

export function ErrorBanner() {
  const shown = useStore(errorStore);
  if (!shown) return null;
  return (
    <div class="error-banner" role="alert" data-code={shown.error.code}>
      <strong>While {shown.doing}:</strong> <span class="error-message">{readableError(shown.error)}</span>
      <button type="button" class="link" onClick={() => errorStore.set(null)}>
        dismiss
      </button>
    </div>
  );
}
