/** A drawing with what changed since the date before marked: commanders replaced, organisations and links that appeared. */
import type { ChainDrawing } from '../chain/types';
import type { CommandDiff } from './types';

export function markChanges(drawing: ChainDrawing, diff: CommandDiff | null): ChainDrawing {
  if (!diff) return drawing;
  const appeared = new Set(diff.appearedLinks.map((id) => `link:${id}`));
  return {
    ...drawing,
    nodes: drawing.nodes.map((n) => {
      const replaced = diff.replaced[n.id];
      if (replaced?.before.length) {
        const lines = [n.label, `(replaces ${replaced.before.join(', ')})`];
        return { ...n, changed: 'replaced' as const, label: lines.join('\n'), height: n.height + 16 };
      }
      if (replaced || diff.appearedOrganizations.includes(n.id)) return { ...n, changed: 'new' as const };
      return n;
    }),
    edges: drawing.edges.map((e) => (appeared.has(e.id) ? { ...e, appeared: true } : e)),
  };
}
