/** Export what is on screen; the referral bundle only for roles that may export bundles. */
import { exportCanvas, exportFromService } from '../../commands/exports';
import { exportChoicesFor, isServiceFormat } from '../../core/exports/actions';
import { exportStore } from '../../core/exports/state';
import type { ExportChoice } from '../../core/exports/types';
import { sessionStore } from '../../core/session/state';
import { canvas } from '../Canvas/canvas-instance';
import { useStore } from '../use-store';

function run(choice: ExportChoice): void {
  if (isServiceFormat(choice.format)) void exportFromService({ ...choice, format: choice.format });
  else {
    const cy = canvas();
    if (cy) void exportCanvas(cy, choice);
  }
}

export function ExportMenu() {
  const session = useStore(sessionStore);
  const progress = useStore(exportStore);
  const choices = exportChoicesFor(session.viewer?.permissions ?? []);
  return (
    <details class="export-menu">
      <summary>Export</summary>
      <div class="menu" role="menu">
        {choices.map((c) => (
          <button key={c.format} type="button" role="menuitem" data-format={c.format} onClick={() => run(c)} disabled={progress.state === 'running'}>
            {c.title}
          </button>
        ))}
        <p class="export-status" aria-live="polite">
          {progress.state === 'running' && `${progress.format}: exporting…`}
          {progress.state === 'done' && `${progress.format} saved as ${progress.file} (${progress.detail})`}
          {progress.state === 'failed' && `${progress.format}: ${progress.message}`}
        </p>
      </div>
    </details>
  );
}
