/** The explorer's page: the sign-in box, or search | canvas | evidence, with the overlays above. */
import { sessionStore } from '../../core/session/state';
import { GraphCanvas } from '../Canvas/GraphCanvas';
import { Legend } from '../Canvas/Legend';
import { ChainView } from '../Chain/ChainView';
import { OrgChartView } from '../OrgChart/OrgChartView';
import { ErrorBanner } from '../Errors/ErrorBanner';
import { EvidencePanel } from '../Evidence/EvidencePanel';
import { FilterBar } from '../Filters/FilterBar';
import { SearchResults } from '../Search/SearchResults';
import { SignIn } from '../SignIn/SignIn';
import { SourceViewer } from '../SourceViewer/SourceViewer';
import { CanvasToolbar } from '../Toolbar/CanvasToolbar';
import { useStore } from '../use-store';
import { Header } from './Header';

export function App() {
  const session = useStore(sessionStore);
  if (!session.token)
    return (
      <>
        <ErrorBanner />
        <SignIn problem={session.problem} />
      </>
    );
  return (
    <div class="app">
      <Header />
      <ErrorBanner />
      <div class="workspace">
        <aside class="left-panel">
          <SearchResults />
          <FilterBar />
          <Legend />
        </aside>
        <section class="centre">
          <CanvasToolbar />
          <GraphCanvas />
        </section>
        <EvidencePanel />
      </div>
      <ChainView />
      <OrgChartView />
      <SourceViewer />
    </div>
  );
}
