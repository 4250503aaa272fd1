// The GraphQL examples of README.md and docs/*.md that only read (no mutation, none sent as another
// role), each named after the sentence that introduces it, for GraphiQL's example picker. The same
// examples run against the seed in the tests (test/integration/docs.test.ts), so the picker offers
// queries known to work.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, print } from 'graphql';

const FENCE = /^```graphql[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;

/** The last sentence of the prose just before `index`, without Markdown emphasis or code marks. */
function introduction(markdown, index) {
  const before = markdown.slice(0, index).split(/\n\s*\n/);
  for (let i = before.length - 1; i >= 0; i--) {
    const text = before[i].trim();
    if (!text) continue;
    // Another example's code or a table stands between: the example has no sentence of its own.
    if (text.includes('```') || text.startsWith('|') || text.startsWith('#')) return undefined;
    const plain = text
      .replace(/[*`_]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\s+/g, ' ');
    const sentences = plain.split(/(?<=[.?!:])\s+/).filter(Boolean);
    return (sentences[sentences.length - 1] ?? plain).replace(/:$/, '').slice(0, 120);
  }
  return undefined;
}

/** The heading of the section the example is in. */
function section(markdown, index) {
  const headings = [...markdown.slice(0, index).matchAll(/^#{1,3} (.+)$/gm)];
  return headings.length ? headings[headings.length - 1][1].replace(/[*`]/g, '').trim() : undefined;
}

function firstField(query) {
  return /\{\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1] ?? 'example';
}

export async function readDocumentedQueries(root) {
  const docs = [
    'README.md',
    ...(await readdir(join(root, 'docs')).catch(() => []))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  const out = [];
  for (const file of docs) {
    const markdown = await readFile(join(root, file), 'utf8').catch(() => '');
    for (const m of markdown.matchAll(FENCE)) {
      const query = m[1].trim();
      if (/^\s*mutation\b/.test(query)) continue;
      const field = firstField(query);
      // Laid out as GraphiQL's prettify would (the documents keep examples compact).
      out.push({ name: introduction(markdown, m.index) ?? `${field} (${section(markdown, m.index) ?? file})`, section: section(markdown, m.index) ?? file, file, field, query: print(parse(query)) });
    }
  }
  return out;
}
