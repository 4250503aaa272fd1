import type { CodegenConfig } from '@graphql-codegen/cli';

/** TypeScript types for the API, generated from the SDL in schema/ (the single source of truth). */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../entry/graphql/context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { Date: 'string', Grade: 'string', JSON: 'unknown' },
        defaultMapper: 'Partial<{T}>',
        // Resolvers receive records as stored (node properties, declared once in src/storage/records/stored.ts),
        // and resolve the rest from them.
        mappers: {
          Source: '../storage/records/stored#StoredSource',
          Person: '../storage/records/stored#StoredPerson',
          Organization: '../storage/records/stored#StoredOrganization',
          Place: '../storage/records/stored#StoredPlace',
          Event: '../storage/records/stored#StoredEvent',
          TrialDetails: '../storage/records/stored#StoredTrial',
          EventLink: '../storage/records/stored#StoredEventLink',
          Posting: '../storage/records/stored#StoredPosting',
          Subordination: '../storage/records/stored#StoredSubordination',
          Participation: '../storage/records/stored#StoredParticipation',
          LegalProvision: '../storage/records/stored#StoredLegalProvision',
          Allegation: '../storage/records/stored#StoredAllegation',
          Actor: '../storage/records/stored#StoredActor',
          SearchHit: '../entry/graphql/resolvers/search#SearchHitModel',
          Citation: '../entry/graphql/loaders#CitationLike',
          Element: '../entry/graphql/loaders#ElementRow',
          // Connections compute totalCount lazily: graphql-js calls a function-valued field.
          PersonConnection: '../entry/graphql/lists/pagination#PersonConnection as PersonConnectionModel',
          OrganizationConnection: '../entry/graphql/lists/pagination#OrganizationConnection as OrganizationConnectionModel',
          EventConnection: '../entry/graphql/lists/pagination#EventConnection as EventConnectionModel',
          SourceConnection: '../entry/graphql/lists/pagination#SourceConnection as SourceConnectionModel',
          TimelineEntry: '../domain/timeline/timeline#TimelineEntry as TimelineEntryModel',
          FactBoundary: '../domain/chain-of-command/changes#FactBoundary as FactBoundaryModel',
          // Chain of command: the domain layer's plain objects (ids + evidence).
          DirectActor: '../domain/chain-of-command/types#DirectActor as DirectActorModel',
          CommandPosting: '../domain/chain-of-command/types#PostingEvidence as CommandPostingModel',
          CommandLink: '../domain/chain-of-command/types#CommandLink as CommandLinkModel',
          UnitReason: '../domain/chain-of-command/types#UnitReason as UnitReasonModel',
          Unit: '../domain/chain-of-command/types#Unit as UnitModel',
          ChainOrganization: '../domain/chain-of-command/types#ChainOrganization as ChainOrganizationModel',
          ChainLevel: '../domain/chain-of-command/types#ChainLevel as ChainLevelModel',
          CycleReport: '../domain/chain-of-command/types#CycleReport as CycleReportModel',
          ChainOfCommand: '../domain/chain-of-command/types#ChainOfCommand as ChainOfCommandModel',
          CommandersAt: '../domain/chain-of-command/types#CommandersAt as CommandersAtModel',
          OrganizationChart: '../domain/chain-of-command/types#OrganizationChart as OrganizationChartModel',
          CommandHeld: '../domain/chain-of-command/types#CommandHeld as CommandHeldModel',
          KnowledgeEvidence: '../domain/chain-of-command/types#KnowledgeEvidence as KnowledgeEvidenceModel',
          SuperiorCandidate: '../domain/chain-of-command/types#SuperiorCandidate as SuperiorCandidateModel',
          SuperiorResponsibility: '../domain/chain-of-command/types#SuperiorResponsibility as SuperiorResponsibilityModel',
          // Element coverage (src/domain/coverage): the domain layer's plain objects (ids + evidence).
          CoverageThresholds: '../domain/coverage/types#CoverageThresholds as CoverageThresholdsModel',
          CoverageEvidence: '../domain/coverage/types#EvidenceItem as CoverageEvidenceModel',
          CoverageContradiction: '../domain/coverage/types#CoverageContradiction as CoverageContradictionModel',
          AttackPattern: '../domain/coverage/types#AttackPattern as AttackPatternModel',
          ElementCoverage: '../domain/coverage/types#ElementCoverage as ElementCoverageModel',
          AllegationCoverage: '../domain/coverage/types#AllegationCoverage as AllegationCoverageModel',
          CaseMatrix: '../domain/coverage/types#CaseMatrix as CaseMatrixModel',
          // Drawn graphs and paths (src/domain/subgraph, src/domain/paths): nodes and edges already fit for the viewer.
          Subgraph: '../domain/subgraph/types#Subgraph as SubgraphModel',
          GraphNode: '../domain/subgraph/types#SubgraphNode as SubgraphNodeModel',
          GraphEdge: '../domain/subgraph/types#SubgraphEdge as SubgraphEdgeModel',
          Path: '../domain/paths/paths#GraphPath as GraphPathModel',
          PathStep: '../domain/paths/paths#PathStep as PathStepModel',
          // The audit trail (src/domain/audit): totalCount is counted only when asked for.
          AuditConnection: '../entry/graphql/resolvers/audit#AuditConnectionModel',
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
