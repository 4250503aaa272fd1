// No two folders of src/ may import each other, directly or round a loop: a folder that needs
// another that needs it back is one concept split in two, or a layer pointing up. Run by
// `npm run lint` after dependency-cruiser's own rules (.dependency-cruiser.js), which check the
// layers module by module; this one looks at the folders of each layer (src/domain/exports…, and
// the files beside them) as wholes. The generated GraphQL types, which name types of every layer, are left out.
import { cruise } from 'dependency-cruiser';

/** The folder of a layer a module is in (src/domain/exports), or the file itself beside them (src/foundations/logger). */
const folderOf = (path) => path.match(/^src\/[^/]+\/[^/]+\//)?.[0].slice(0, -1) ?? path.replace(/\.ts$/, '');

const { output } = await cruise(['src'], { includeOnly: '^src/', exclude: { path: '^src/generated/' }, tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' } });
const edges = new Map();
for (const module of output.modules) {
  const from = folderOf(module.source);
  for (const dependency of module.dependencies) {
    const to = folderOf(dependency.resolved);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${module.source} → ${dependency.resolved}`);
  }
}

/** Strongly connected folders (Tarjan): each group of two or more imports itself round a loop. */
function loops() {
  let index = 0;
  const seen = new Map();
  const low = new Map();
  const stack = [];
  const found = [];
  const visit = (v) => {
    seen.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!seen.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v), seen.get(w)));
    }
    if (low.get(v) !== seen.get(v)) return;
    const group = [];
    let w;
    do group.push((w = stack.pop()));
    while (w !== v);
    if (group.length > 1) found.push(group.sort());
  };
  for (const v of edges.keys()) if (!seen.has(v)) visit(v);
  return found;
}

const found = loops();
for (const group of found) {
  console.error(`src/ folders that import one another: ${group.join(', ')}`);
  for (const from of group) for (const [to, example] of edges.get(from) ?? []) if (group.includes(to)) console.error(`  ${from} → ${to}: ${example}`);
}
if (found.length) process.exit(1);
console.log(`no two-way imports between the ${new Set([...edges.keys()]).size} folders of src/`);
