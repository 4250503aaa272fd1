/**
 * Sourcing: every record but a Source is cited by a Source; a citation comes from a Source; an
 * Allegation's citation names an element its provision has, or one its mode's provision has.
 */
import type { Graph } from '../../storage/db/graph';
import { citableElementsText, MODE_ARTICLES, namesElementOf, ROME_STATUTE, type CitableProvision } from '../../foundations/model/cited-element';
import { shownId, type Finding } from './findings';
import { categoryOf, citedTypes } from './model-rules';

export async function uncitedRecords(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<{ id: string; type: string }>('integrity/uncited', { types: citedTypes() });
  return rows.map((r) => {
    const fact = categoryOf(r.type) === 'fact';
    return {
      check: fact ? 'UNCITED_FACT' : 'UNCITED_RECORD',
      recordId: r.id,
      recordType: r.type,
      field: 'sources',
      message: `${r.type} ${r.id} cites no source: no (:Source)-[:CITED_FOR]-> link reaches it, and every ${fact ? 'fact' : 'record but a Source'} must be sourced`,
    };
  });
}

export async function citationsNotFromSources(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<{ id: unknown; type: unknown; citingId: unknown; citingType: unknown; citingLabels: string[]; locator: unknown }>('integrity/citations-not-from-source');
  return rows.map((r) => {
    const citing = `${r.citingType ? String(r.citingType) : `a node labelled ${r.citingLabels.join(':') || '(none)'}`} ${shownId(r.citingId)}`;
    return {
      check: 'CITATION_NOT_FROM_SOURCE',
      recordId: shownId(r.id),
      recordType: String(r.type ?? '(unknown)'),
      field: 'sources',
      message: `${String(r.type ?? 'node')} ${shownId(r.id)} is cited (CITED_FOR${r.locator ? `, locator "${String(r.locator)}"` : ''}) by ${citing}, which is not a Source; only a Source can vouch for a record`,
      details: { citingId: r.citingId ?? null, citingLabels: r.citingLabels },
    };
  });
}

export async function unknownElements(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<{
    id: string;
    type: string;
    modeName: string;
    sourceId: string;
    locator: string;
    element: string;
    provisionId: string;
    numbers: string[];
    mode: CitableProvision | null;
  }>('integrity/unknown-elements', { modeArticles: MODE_ARTICLES, instrument: ROME_STATUTE });
  return rows
    .filter((r) => !namesElementOf(r.element, r.numbers, r.mode))
    .map((r) => ({
      check: 'UNKNOWN_ELEMENT',
      recordId: r.id,
      recordType: r.type,
      field: 'sources.element',
      message: `${r.type} ${r.id}: its citation of ${r.sourceId} (locator "${r.locator}") goes to element "${r.element}", which names no element of its crime or mode: ${citableElementsText({ id: r.provisionId, numbers: [...r.numbers].sort() }, r.modeName, r.mode && { ...r.mode, numbers: [...r.mode.numbers].sort() })}`,
      details: { sourceId: r.sourceId, element: r.element, provisionId: r.provisionId, elements: r.numbers, modeProvisionId: r.mode?.id ?? null, modeElements: r.mode?.numbers ?? [] },
    }));
}
