import type { CodegenConfig } from '@graphql-codegen/cli';

/** TypeScript types for the API, generated from the SDL in schema/ (the single source of truth). */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../graphql/context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { Date: 'string', Grade: 'string', JSON: 'unknown' },
        defaultMapper: 'Partial<{T}>',
        // Resolvers receive records as stored (node properties, declared once in src/records/stored.ts),
        // and resolve the rest from them.
        mappers: {
          Source: '../records/stored#StoredRecord',
          Person: '../records/stored#StoredRecord',
          Organization: '../records/stored#StoredRecord',
          Place: '../records/stored#StoredRecord',
          Event: '../records/stored#StoredRecord',
          TrialDetails: '../records/stored#StoredRecord',
          EventLink: '../records/stored#StoredRecord',
          Posting: '../records/stored#StoredRecord',
          Subordination: '../records/stored#StoredRecord',
          Participation: '../records/stored#StoredRecord',
          LegalProvision: '../records/stored#StoredRecord',
          Allegation: '../records/stored#StoredRecord',
          Actor: '../records/stored#StoredRecord',
          SearchHit: '../graphql/resolvers/search#SearchHitModel',
          Citation: '../graphql/loaders#CitationLike',
          Element: '../graphql/loaders#ElementRow',
          // Connections compute totalCount lazily: graphql-js calls a function-valued field.
          PersonConnection: '../graphql/lists/pagination#Connection',
          OrganizationConnection: '../graphql/lists/pagination#Connection',
          EventConnection: '../graphql/lists/pagination#Connection',
          SourceConnection: '../graphql/lists/pagination#Connection',
          TimelineEntry: '../timeline/timeline#TimelineEntry as TimelineEntryModel',
          FactBoundary: '../chain-of-command/changes#FactBoundary as FactBoundaryModel',
          // Chain of command: the domain layer's plain objects (ids + evidence).
          DirectActor: '../chain-of-command/types#DirectActor as DirectActorModel',
          CommandPosting: '../chain-of-command/types#PostingEvidence as CommandPostingModel',
          CommandLink: '../chain-of-command/types#CommandLink as CommandLinkModel',
          UnitReason: '../chain-of-command/types#UnitReason as UnitReasonModel',
          Unit: '../chain-of-command/types#Unit as UnitModel',
          ChainOrganization: '../chain-of-command/types#ChainOrganization as ChainOrganizationModel',
          ChainLevel: '../chain-of-command/types#ChainLevel as ChainLevelModel',
          CycleReport: '../chain-of-command/types#CycleReport as CycleReportModel',
          ChainOfCommand: '../chain-of-command/types#ChainOfCommand as ChainOfCommandModel',
          CommandersAt: '../chain-of-command/types#CommandersAt as CommandersAtModel',
          OrganizationChart: '../chain-of-command/types#OrganizationChart as OrganizationChartModel',
          CommandHeld: '../chain-of-command/types#CommandHeld as CommandHeldModel',
          KnowledgeEvidence: '../chain-of-command/types#KnowledgeEvidence as KnowledgeEvidenceModel',
          SuperiorCandidate: '../chain-of-command/types#SuperiorCandidate as SuperiorCandidateModel',
          SuperiorResponsibility: '../chain-of-command/types#SuperiorResponsibility as SuperiorResponsibilityModel',
          // Element coverage (src/coverage): the domain layer's plain objects (ids + evidence).
          CoverageThresholds: '../coverage/types#CoverageThresholds as CoverageThresholdsModel',
          CoverageEvidence: '../coverage/types#EvidenceItem as CoverageEvidenceModel',
          CoverageContradiction: '../coverage/types#CoverageContradiction as CoverageContradictionModel',
          AttackPattern: '../coverage/types#AttackPattern as AttackPatternModel',
          ElementCoverage: '../coverage/types#ElementCoverage as ElementCoverageModel',
          AllegationCoverage: '../coverage/types#AllegationCoverage as AllegationCoverageModel',
          CaseMatrix: '../coverage/types#CaseMatrix as CaseMatrixModel',
          // Drawn graphs and paths (src/subgraph, src/paths): nodes and edges already fit for the viewer.
          Subgraph: '../subgraph/types#Subgraph as SubgraphModel',
          GraphNode: '../subgraph/types#SubgraphNode as SubgraphNodeModel',
          GraphEdge: '../subgraph/types#SubgraphEdge as SubgraphEdgeModel',
          Path: '../paths/paths#GraphPath as GraphPathModel',
          PathStep: '../paths/paths#PathStep as PathStepModel',
          // The audit trail (src/audit): totalCount is counted only when asked for.
          AuditConnection: '../graphql/resolvers/audit#AuditConnectionModel',
        },
      },
    },
    // The explorer's operations (explorer/src/api/queries/*.graphql), typed for the client: each
    // query's result and variables, checked against the same SDL, so a query the API cannot answer
    // fails here rather than in the browser.
    'explorer/src/api/generated.ts': {
      schema: 'schema/**/*.graphql',
      documents: 'explorer/src/api/queries/*.graphql',
      // typescript-operations 6 writes the enums and inputs the operations use itself: no 'typescript' plugin here.
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        preResolveTypes: true,
        skipTypename: false,
        nonOptionalTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { Date: 'string', Grade: 'string', JSON: 'unknown' },
      },
    },
  },
  // Not silent: an SDL error must show, not leave stale types behind.
  silent: false,
};
export default config;
