/** @jsxImportSource react */
/** A GraphiQL plugin listing the documented examples; choosing one opens it in a new tab. */
import { useEditorContext } from '@graphiql/react';
import type { GraphiQLPlugin } from '@graphiql/react';
import { DOCUMENTED_QUERIES, namedQuery } from './documented-queries';

function ExamplesList() {
  const editor = useEditorContext({ nonNull: true });
  const open = (query: string) => {
    editor.addTab();
    // The new tab's editor is ready on the next tick.
    setTimeout(() => editor.queryEditor?.setValue(query), 0);
  };
  const bySection = new Map<string, { name: string; query: string; field: string }[]>();
  DOCUMENTED_QUERIES.forEach((q, i) => {
    const key = `${q.file} · ${q.section}`;
    bySection.set(key, [...(bySection.get(key) ?? []), { name: q.name, field: q.field, query: namedQuery(q, i) }]);
  });
  return (
    <div className="examples-plugin">
      <div className="graphiql-doc-explorer-title">Documented examples</div>
      <p>The queries of the README and docs/, each tested against the seed. Choose one to open it in a new tab.</p>
      {[...bySection].map(([section, items]) => (
        <section key={section}>
          <h3>{section}</h3>
          {items.map((item) => (
            <button key={item.query} type="button" onClick={() => open(item.query)} title={item.query}>
              <span className="field">{item.field}</span> {item.name}
            </button>
          ))}
        </section>
      ))}
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      <path d="M4 3h9l3 3v11H4Z M7 8h6 M7 11h6 M7 14h4" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export const examplesPlugin: GraphiQLPlugin = { title: 'Documented examples', icon: ExamplesIcon, content: ExamplesList };
