/**
 * Saving and sharing the view: a link holding the whole state (what is drawn and where, layout,
 * filters, the chain or chart and its date, panels, metrics, the path finder; never the token), the
 * same as a JSON file, and opening such a file. Whoever opens either sees what their token allows.
 */
import { useRef } from 'preact/hooks';
import { downloadView, makeShareLink, openViewFile } from '../../commands/saved-view';
import { savedViewStore } from '../../core/saved-view/state';
import { useStore } from '../use-store';

export function SavedViewMenu() {
  const status = useStore(savedViewStore);
  const file = useRef<HTMLInputElement>(null);
  const share = async () => {
    const link = await makeShareLink();
    // Copying may be refused (no permission, no focus): the link is shown to copy by hand anyway.
    await navigator.clipboard?.writeText(link).catch(() => undefined);
  };
  return (
    <details class="view-menu">
      <summary>View</summary>
      <div class="menu" role="menu">
        <button type="button" role="menuitem" class="view-link" onClick={() => void share()}>
          Link to this view
        </button>
        {status.link && <input class="view-link-text" type="text" readOnly value={status.link} aria-label="Link to this view" onFocus={(e) => (e.target as HTMLInputElement).select()} />}
        <button type="button" role="menuitem" class="view-download" onClick={downloadView}>
          Download the view (JSON)
        </button>
        <button type="button" role="menuitem" class="view-open" onClick={() => file.current?.click()}>
          Open a view file…
        </button>
        <input
          ref={file}
          type="file"
          class="view-file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const chosen = (e.target as HTMLInputElement).files?.[0];
            if (chosen) void openViewFile(chosen);
            (e.target as HTMLInputElement).value = '';
          }}
        />
        <p class="muted">A link or file holds which records are drawn and where, never what they say nor your token: whoever opens it sees what their own token allows.</p>
      </div>
    </details>
  );
}

/** What opening a view found, under the toolbar. */
export function SavedViewStatus() {
  const status = useStore(savedViewStore);
  if (!status.message || status.link) return null;
  return (
    <p class="view-status" role="status">
      {status.message}{' '}
      <button type="button" class="link" onClick={() => savedViewStore.set({ link: null, message: null, opening: false })}>
        dismiss
      </button>
    </p>
  );
}
