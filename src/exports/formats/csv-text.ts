/** CSV fields as RFC 4180 and neo4j-admin read them: quoted when needed, quotes doubled; null is an empty, unquoted field (no property). */
import type { AttributeValue } from './attributes';

export function csvField(value: AttributeValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  // An empty string is quoted so that neo4j-admin keeps it as "" rather than no property.
  return text === '' || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (AttributeValue | undefined)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
