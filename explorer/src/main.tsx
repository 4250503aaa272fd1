/**
 * The explorer's entry point: signs in from the link's fragment (or this tab's stored token),
 * restores the view this tab had, keeps saving it, and renders the page.
 */
import { render } from 'preact';
import { takeViewFromAddress } from './commands/saved-view';
import { startSession } from './commands/session';
import { App } from './components/App/App';
import { filtersStore } from './core/filters/state';
import { graphStore } from './core/graph/state';
import { selectionStore } from './core/selection/state';
import { restoreView, serialiseView } from './core/view/actions';
import { layoutStore, VIEW_STORAGE_KEY } from './core/view/state';

function restore(): void {
  const view = restoreView(window.sessionStorage.getItem(VIEW_STORAGE_KEY));
  if (!view) return;
  graphStore.set(view.graph);
  filtersStore.set(view.filters);
  layoutStore.set(view.layout);
  selectionStore.set(view.selection);
}

function keepSaving(): void {
  const save = () =>
    window.sessionStorage.setItem(VIEW_STORAGE_KEY, serialiseView({ graph: graphStore.get(), filters: filtersStore.get(), layout: layoutStore.get(), selection: selectionStore.get() }));
  for (const store of [graphStore, filtersStore, layoutStore, selectionStore] as const) (store.subscribe as (listener: () => void) => void)(save);
}

restore();
keepSaving();
// Before the sign-in takes the token out of the address: a shared view's link may carry both.
takeViewFromAddress();
void startSession();
render(<App />, document.getElementById('app')!);
