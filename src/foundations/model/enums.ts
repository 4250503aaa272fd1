/**
 * The model's vocabularies, declared once. zod schemas, the GraphQL SDL (checked by a test to list
 * the same values), imports and exports all read these arrays.
 */

export const ORGANIZATION_KINDS = [
  'HEAD_OF_STATE_OFFICE',
  'GOVERNMENT',
  'MINISTRY',
  'AGENCY',
  'UNIT',
  'COURT',
  'PROSECUTION',
  'DETENTION_FACILITY',
  'LEGISLATURE',
  'BAR_ASSOCIATION',
  'CIVIL_SOCIETY',
  'POLITICAL_MOVEMENT',
  'MEDIA',
  'COMPANY',
  'INTERNATIONAL_BODY',
  'FOREIGN_STATE_BODY',
  'OTHER',
] as const;

export const EVENT_TYPES = [
  'RAID',
  'SEARCH',
  'ARREST',
  'DETENTION',
  'INTERROGATION',
  'ILL_TREATMENT',
  'TORTURE',
  'TRIAL',
  'SENTENCING',
  'DEPORTATION',
  'PASSPORT_CONFISCATION',
  'DOCUMENT_DENIAL',
  'PROPERTY_SEIZURE',
  'DISSOLUTION',
  'DISBARMENT',
  'DISMISSAL',
  'EXTRADITION_REQUEST',
  'THREAT',
  'EXTREMIST_DESIGNATION',
  'POLICY_STATEMENT',
  'ENFORCED_DISAPPEARANCE',
  'RELEASE',
  'REFERRAL',
  'JUDICIAL_ASSIGNMENT',
  'PROTEST',
  'OTHER',
] as const;

/** Perpetrator-side roles: these make an actor a "direct actor" of an event in the chain of command. */
export const PERPETRATOR_ROLES = [
  'ORDERED',
  'PLANNED',
  'AUTHORISED',
  'DIRECTLY_PERPETRATED',
  'AIDED',
  'FAILED_TO_PREVENT',
  'AUTHORED_POLICY',
  'IMPLEMENTED_POLICY',
  'PRESIDED',
  'PROSECUTED',
  'INVESTIGATED',
] as const;
export const VICTIM_ROLES = ['VICTIM', 'DEFENDANT'] as const;
export const OTHER_ROLES = ['WITNESS', 'DEFENCE_COUNSEL', 'REFERRING_STATE', 'INTERMEDIARY', 'OTHER'] as const;
export const PARTICIPATION_ROLES = [...PERPETRATOR_ROLES, ...VICTIM_ROLES, ...OTHER_ROLES] as const;

export const POSTING_ROLES = ['HEAD', 'COMMANDER', 'DEPUTY', 'OFFICER', 'MEMBER', 'JUDGE', 'PROSECUTOR', 'INVESTIGATOR', 'LAWYER', 'EMPLOYEE', 'OTHER'] as const;
/** Posting roles that hold command of a unit (chain of command, step 4). */
export const COMMAND_POSTING_ROLES = ['HEAD', 'COMMANDER'] as const;

export const SUBORDINATION_CLASSIFICATIONS = ['COMMAND', 'ADMINISTRATIVE'] as const;

export const EVENT_LINK_RELATIONS = ['PRECEDES', 'PART_OF', 'CAUSES', 'PARALLEL', 'CONSEQUENCE_OF'] as const;

export const SOURCE_KINDS = [
  'UN_REPORT',
  'INTERNATIONAL_BODY',
  'NGO_REPORT',
  'NEWS',
  'GOVERNMENT',
  'OPPOSITION_STATEMENT',
  'COURT_RECORD',
  'LEGAL_INSTRUMENT',
  'TESTIMONY',
  'ACADEMIC',
  'OTHER',
] as const;

/** Admiralty code: source reliability A (completely reliable) … F (cannot be judged). */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** Admiralty code: information credibility 1 (confirmed) … 6 (cannot be judged). */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;

export const CONFIDENTIALITY_LEVELS = ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'] as const;

/**
 * Whether a source's text is itself a translation of the original document (a law read in an
 * English rendering): OFFICIAL when the issuing authority published it, UNOFFICIAL otherwise.
 */
export const TRANSLATION_STATUSES = ['OFFICIAL', 'UNOFFICIAL'] as const;

/**
 * Who made the English translation a citation carries beside a quote in another language: the
 * dataset's editors (DATASET: their own reading, not the source's words) or the source itself.
 */
export const TRANSLATION_ORIGINS = ['DATASET', 'SOURCE'] as const;

/** How a person's identity is shown to users without clearance. */
export const PROTECTION_LEVELS = ['NONE', 'PSEUDONYM', 'WITHHOLD'] as const;

export const ELEMENT_KINDS = ['CONTEXTUAL', 'CONDUCT', 'CIRCUMSTANCE', 'CONSEQUENCE', 'MENTAL'] as const;

/**
 * Whose numbering a provision's elements follow: OFFICIAL, the ICC Elements of Crimes' own (art. 7);
 * DATASET, this dataset's (the Elements of Crimes number no elements for the modes of liability of
 * arts. 25 and 28, which they apply mutatis mutandis: General Introduction, para. 8).
 */
export const ELEMENT_NUMBERINGS = ['OFFICIAL', 'DATASET'] as const;

/** Modes of liability under the Rome Statute. */
export const LIABILITY_MODES = ['ART25_3_A', 'ART25_3_B', 'ART25_3_C', 'ART25_3_D', 'ART28_A', 'ART28_B'] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];
export type PostingRole = (typeof POSTING_ROLES)[number];
export type Reliability = (typeof RELIABILITY_GRADES)[number];
export type Credibility = (typeof CREDIBILITY_GRADES)[number];
export type Protection = (typeof PROTECTION_LEVELS)[number];
export type ElementKind = (typeof ELEMENT_KINDS)[number];
export type LiabilityMode = (typeof LIABILITY_MODES)[number];
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];
