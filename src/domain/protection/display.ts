/**
 * How a record may be shown to a viewer. A person marked PSEUDONYM appears to viewers without
 * clearance only under the pseudonym; one marked WITHHOLD does not appear at all. Every surface
 * that prints a name (summaries, labels, exports) goes through here rather than reading `name`.
 */
export interface ProtectionViewer {
  cleared: boolean;
}

type Props = Record<string, unknown>;

const WITHHELD_LABEL = '[withheld]';

/** Whether the record may be shown to the viewer at all. */
export function isVisible(node: Props, viewer: ProtectionViewer): boolean {
  return viewer.cleared || node.recordType !== 'Person' || node.protection !== 'WITHHOLD';
}

/** Whether the viewer may see the record's real identifying fields (name, aliases, birth date…). */
export function showsIdentity(node: Props, viewer: ProtectionViewer): boolean {
  return viewer.cleared || node.recordType !== 'Person' || (node.protection ?? 'NONE') === 'NONE';
}

/** The name to show for a record: its name or title, a pseudonym, or a withheld marker. */
export function displayName(node: Props, viewer: ProtectionViewer): string {
  if (!isVisible(node, viewer)) return WITHHELD_LABEL;
  if (!showsIdentity(node, viewer)) return String(node.pseudonym ?? WITHHELD_LABEL);
  return String(node.shortName ?? node.name ?? node.title ?? node.id);
}
