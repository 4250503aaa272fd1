/** CSV fields as RFC 4180 and neo4j-admin read them: quoted when needed, quotes doubled; null is an empty, unquoted field (no property). */

/** A value a CSV field holds (the export formats' attribute values). */
export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  // An empty string is quoted so that neo4j-admin keeps it as "" rather than no property.
  return text === '' || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (CsvValue | undefined)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
