// The layers of src/ point down, checked by `npm run lint` (dependency-cruiser): entry points
// (CLI, service, HTTP, GraphQL) → domain → storage (records, db) → foundations (model, config,
// errors, logger). A module may import its own layer or any below, never one above; no two
// folders may import each other, even within a layer (scripts/check-folder-cycles.mjs).
// docs/architecture.md says what each holds.
const ENTRY = '^src/(cli|service|http|graphql)/|^src/cli[.]ts$|^src/generated/graphql[.]ts$';
const DOMAIN = '^src/(chain-of-command|paths|subgraph|timeline|statistics|import|exports|integrity|protection|audit|coverage|sources|generate|seed|auth|writes)/';
const STORAGE = '^src/(records|db)/|^src/generated/query-names[.]ts$';
const FOUNDATIONS = '^src/(model|config|errors)/|^src/(logger|version|prng|csv-text)[.]ts$';

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
      comment: 'a new folder under src/ is placed in a layer here',
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
