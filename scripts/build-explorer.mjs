// Bundles the web explorer (Preact, Cytoscape.js) and GraphiQL (React) with esbuild into
// dist/explorer/: one script and one stylesheet per page, no code loaded from anywhere else at run
// time, so both work offline and under the service's Content-Security-Policy (no inline script, no
// eval). GraphiQL's stylesheet inlines its fonts as data: URLs, which that policy refuses; they are
// dropped here and the editor falls back to the system's monospace font. The documented examples
// (README.md, docs/*.md) become GraphiQL's example picker.
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { readDocumentedQueries } from './documented-queries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'explorer');
const production = process.env.NODE_ENV !== 'development';

/** Drops `@font-face { … }` rules whose fonts are data: URLs (refused by font-src 'self'). */
const dropInlinedFonts = {
  name: 'drop-inlined-fonts',
  setup(build) {
    build.onLoad({ filter: /graphiql.*\.css$|@graphiql[\\/].*\.css$/ }, async (args) => {
      const css = await readFile(args.path, 'utf8');
      return { contents: css.replace(/@font-face\s*\{[^}]*url\(\s*["']?data:font[^}]*\}/g, ''), loader: 'css' };
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: true,
  target: ['chrome110', 'firefox110', 'safari16'],
  format: 'esm',
  logLevel: 'warning',
  loader: { '.graphql': 'text', '.png': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
  legalComments: 'linked',
};

async function build() {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const examples = await readDocumentedQueries(root);
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { explorer: join(root, 'explorer', 'src', 'main.tsx') },
      outdir: out,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      tsconfig: join(root, 'explorer', 'tsconfig.json'),
    }),
    esbuild.build({
      ...common,
      entryPoints: { graphiql: join(root, 'explorer', 'src', 'graphiql', 'main.tsx') },
      outdir: out,
      jsx: 'automatic',
      jsxImportSource: 'react',
      tsconfig: join(root, 'explorer', 'tsconfig.json'),
      plugins: [dropInlinedFonts],
      define: { ...common.define, __DOCUMENTED_QUERIES__: JSON.stringify(examples) },
    }),
  ]);
  for (const file of await readdir(join(root, 'explorer', 'public'))) await copyFile(join(root, 'explorer', 'public', file), join(out, file));
  await writeFile(join(out, 'BUILT'), `${new Date().toISOString()}\n`);
  process.stdout.write(`explorer built into ${out} (${examples.length} documented queries for GraphiQL)\n`);
}

build().catch((e) => {
  process.stderr.write(`explorer build failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
