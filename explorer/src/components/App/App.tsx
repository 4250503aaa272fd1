/** The explorer's page: the sign-in box, or search | canvas (and its table) | panels, with the overlays above. */
import { panelsStore } from '../../core/panels/state';
import { sessionStore } from '../../core/session/state';
import { CanvasDecorations } from '../Canvas/CanvasDecorations';
import { GraphCanvas } from '../Canvas/GraphCanvas';
import { Legend } from '../Canvas/Legend';
import { ChainView } from '../Chain/ChainView';
import { ErrorBanner } from '../Errors/ErrorBanner';
import { FilterBar } from '../Filters/FilterBar';
import { MetricsPanel } from '../Metrics/MetricsPanel';
import { OrgChartView } from '../OrgChart/OrgChartView';
import { RightPanel } from '../Panels/RightPanel';
import { SavedViewStatus } from '../SavedView/SavedViewMenu';
import { SearchResults } from '../Search/SearchResults';
import { SignIn } from '../SignIn/SignIn';
import { SourceViewer } from '../SourceViewer/SourceViewer';
import { DataTable } from '../Table/DataTable';
import { CanvasToolbar } from '../Toolbar/CanvasToolbar';
import { useStore } from '../use-store';
import { Header } from './Header';
import { Shortcuts } from './Shortcuts';

export function App() {
  const session = useStore(sessionStore);
  const panels = useStore(panelsStore);
  if (!session.token)
    return (
      <>
        <ErrorBanner />
        <SavedViewStatus />
        <SignIn problem={session.problem} />
      </>
    );
  return (
    <div class="app">
      <Header />
      <ErrorBanner />
      <div class="workspace">
        <aside class="left-panel" data-region="filters" tabIndex={-1} aria-label="Search results, filters and legend">
          <SearchResults />
          <FilterBar />
          <MetricsPanel />
          <Legend />
        </aside>
        <section class="centre">
          <CanvasToolbar />
          <SavedViewStatus />
          <GraphCanvas />
          <CanvasDecorations />
          {panels.table && <DataTable />}
        </section>
        <RightPanel />
      </div>
      <ChainView />
      <OrgChartView />
      <SourceViewer />
      <Shortcuts />
    </div>
  );
}
