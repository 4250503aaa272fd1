// The layers of src/ point down, checked by `npm run lint` (dependency-cruiser): src/entry (CLI,
// service, HTTP, GraphQL) → src/domain → src/storage (records, db) → src/foundations (model,
// config, errors, logger). A module may import its own layer or any below, never one above; no two
// folders may import each other, even within a layer (scripts/check-folder-cycles.mjs).
// docs/architecture.md says what each holds.
const ENTRY = '^src/entry/|^src/generated/graphql[.]ts$';
const DOMAIN = '^src/domain/';
const STORAGE = '^src/storage/|^src/generated/query-names[.]ts$';
const FOUNDATIONS = '^src/foundations/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'foundations-point-down',
      comment: 'model, config and errors are what everything stands on: they import nothing of the service',
      severity: 'error',
      from: { path: FOUNDATIONS },
      to: { path: `${STORAGE}|${DOMAIN}|${ENTRY}` },
    },
    {
      name: 'storage-points-down',
      comment: 'records and db know the graph, not what the service does with it',
      severity: 'error',
      from: { path: STORAGE },
      to: { path: `${DOMAIN}|${ENTRY}` },
    },
    {
      name: 'domain-points-down',
      comment: 'the domain is called by the entry points (CLI, HTTP, GraphQL, service), never the other way',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: ENTRY },
    },
    {
      name: 'every-module-has-a-layer',
      comment: 'everything under src/ lives in a layer folder (the generated code aside)',
      severity: 'error',
      from: { path: '^src/', pathNot: `${ENTRY}|${DOMAIN}|${STORAGE}|${FOUNDATIONS}` },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'modules that import each other, directly or round a loop (two-way imports between folders: scripts/check-folder-cycles.mjs)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/generated/' },
      to: { circular: true, pathNot: '^src/generated/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
