/**
 * Words that turn FtM's free-text roles and names into the model's vocabularies (README "Import
 * formats"). English, Russian and Belarusian stems; the first rule that matches wins, so "Deputy
 * Head" is a DEPUTY and "Prosecutor General" a PROSECUTOR. Anything else falls back to a default
 * and the text is kept (a Posting's title, a Participation's description).
 */
import type { ParticipationRole, PostingRole } from '../../../foundations/model/enums';

/** Words in an FtM role or position name → posting role; the first rule that matches wins. */
export const POSTING_WORDS: [RegExp, PostingRole][] = [
  [/\b(deputy|vice)\b|заместител|намеснік/i, 'DEPUTY'],
  [/\bcommander\b|командир|камандзір/i, 'COMMANDER'],
  [/\b(head|chief|director|chair|chairman|chairwoman|chairperson|minister|president)\b|начальник|руководител|министр|председател|кіраўнік|міністр|старшын/i, 'HEAD'],
  [/\bjudge\b|судья|суддзя/i, 'JUDGE'],
  [/\bprosecutor\b|прокурор|пракурор/i, 'PROSECUTOR'],
  [/\binvestigator\b|следовател|следчы/i, 'INVESTIGATOR'],
];
/** Words in a CourtCaseParty's role → participation role. */
export const PARTY_WORDS: [RegExp, ParticipationRole][] = [
  [/defendant|accused|обвиняем|подсудим|абвінавач/i, 'DEFENDANT'],
  [/judge|presid|судья|суддзя/i, 'PRESIDED'],
  [/prosecut|прокурор|пракурор/i, 'PROSECUTED'],
  [/investigat|следовател|следчы/i, 'INVESTIGATED'],
  [/defen[cs]e|counsel|lawyer|advocate|адвокат|защитник/i, 'DEFENCE_COUNSEL'],
  [/witness|свидетел|сведк/i, 'WITNESS'],
  [/victim|потерпевш/i, 'VICTIM'],
];
/** An Event's type when its name names exactly one of these; OTHER otherwise. */
export const EVENT_WORDS: [RegExp, string][] = [
  [/\braid/i, 'RAID'],
  [/\bsearch/i, 'SEARCH'],
  [/\barrest/i, 'ARREST'],
  [/\bdetention|\bdetained/i, 'DETENTION'],
  [/\binterrogat/i, 'INTERROGATION'],
  [/\btortur/i, 'TORTURE'],
  [/\bdeport/i, 'DEPORTATION'],
  [/\btrial\b/i, 'TRIAL'],
  [/\bprotest/i, 'PROTEST'],
  [/\bsentenc/i, 'SENTENCING'],
  [/\bdisappear/i, 'ENFORCED_DISAPPEARANCE'],
];
export const firstMatch = <T>(rules: [RegExp, T][], text: string | undefined, fallback: T): T => (text && rules.find(([re]) => re.test(text))?.[1]) || fallback;
