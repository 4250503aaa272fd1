/**
 * The two HTML pages the service writes itself: the landing page at GET / and the page shown when
 * the explorer has not been built. Neither holds any data nor any script.
 */
const page = (title: string, body: string) =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/explorer/landing.css">
<link rel="icon" href="data:,">
</head>
<body>
<main class="landing">
${body}
</main>
</body>
</html>
`;

export const LANDING_PAGE = page(
  'evidence-graph',
  `<h1>evidence-graph</h1>
<p>Sourced, dated facts about state repression in Belarus: persons, organisations, events, trials, and the citations behind each fact.</p>
<ul>
<li><a href="/explorer/">Explorer</a>: search, draw the network around a record, read the evidence, follow the chain of command, export what is on screen.</li>
<li><a href="/graphiql/">GraphiQL</a>: write GraphQL queries with the schema's documentation and completion, starting from the documented examples.</li>
</ul>
<p>GraphQL is served at <code>/graphql</code>; every request needs a bearer token. Health: <a href="/healthz">/healthz</a>, readiness: <a href="/readyz">/readyz</a>.</p>`,
);

export const MISSING_BUILD_PAGE = page(
  'evidence-graph: the explorer is not built',
  `<h1>The explorer is not built</h1>
<p>The web explorer and GraphiQL are bundled by <code>npm run build</code> (which <code>npm start</code> runs first) into <code>dist/explorer/</code>, and that folder is missing or incomplete.</p>
<p>Run <code>npm run build</code>, then reload this page. The GraphQL API at <code>/graphql</code> works without it.</p>`,
);
