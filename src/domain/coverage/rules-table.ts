/**
 * The derivation rules as the Markdown table the README prints: generated from DERIVATION_RULES,
 * and compared with the README by a test, so the documentation cannot drift from the code.
 */
import { ATTACK_EVENT_TYPES, DERIVATION_RULES, type DerivationRule } from './rules';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function elements(rule: DerivationRule): string {
  return rule.targets.map((t) => `${t.article} el. ${t.number}`).join(', ');
}

function from(rule: DerivationRule): string {
  switch (rule.kind) {
    case 'EVENT_CONDUCT':
    case 'ATTACK_PATTERN':
      return rule.eventTypes === ATTACK_EVENT_TYPES ? 'events of the attack types' : `events ${rule.eventTypes.map((t) => `\`${t}\``).join(', ')}`;
    case 'PARTICIPATION_ROLE':
      return `roles ${rule.roles.map((r) => `\`${r}\``).join(', ')}`;
    case 'COMMAND':
      return 'command postings and COMMAND links';
  }
}

/** One row per rule, then the row for what no rule derives, then the attack types. */
export function rulesTableMarkdown(): string {
  const rows = DERIVATION_RULES.map((r) => `| \`${r.id}\` | ${elements(r)} | ${from(r)} | ${cell(r.reads)} |`);
  return [
    '| rule | elements | from | what it reads |',
    '|---|---|---|---|',
    ...rows,
    "| `cited` | every element, mental elements only this way | the allegation's citations naming the element | the source, locator, quote and grade of each citation of the allegation whose `element` names it: its number in the allegation's provision, the mode's article and its number in the mode's (`25(3)(a) 1`) |",
    '',
    `The attack types: ${ATTACK_EVENT_TYPES.map((t) => `\`${t}\``).join(', ')}.`,
  ].join('\n');
}
