/**
 * The part of a `chainOfCommand` answer the drawing reads, each organisation with its commanders.
 * Citations are not part of it: a link's evidence is read when it is opened.
 */
type Actor = { __typename?: 'Person'; id: string; name: string; pseudonymised: boolean } | { __typename?: 'Organization'; id: string; name: string; shortName: string | null };

export interface ChainCommander {
  posting: { id: string };
  person: { id: string; name: string; pseudonymised: boolean };
  role: string;
  title: string | null;
  validity: string;
  grade: string | null;
}

export interface ChainLink {
  subordination: { id: string };
  child: { id: string };
  parent: { id: string };
  startDate: string | null;
  endDate: string | null;
  validity: string;
  level: number;
  closesCycle: boolean;
  grade: string | null;
}

/** What a chain of command and an organisation chart both hold: levels of organisations with their commanders, the links between them, cut cycles and exclusions (the same GraphQL fragments). */
export interface CommandStructure {
  levels: readonly {
    level: number;
    organizations: readonly { organization: { id: string; name: string; shortName: string | null }; pathGrade: string | null; commanders: readonly ChainCommander[] }[];
  }[];
  links: readonly ChainLink[];
  cycles: readonly { cutAt: string; organizations: readonly { id: string; name: string }[] }[];
  excluded: readonly { kind: string; id: string; reason: string }[];
}

export interface ChainAnswer extends CommandStructure {
  at: string;
  depth: number;
  minGrade: string | null;
  grade: string | null;
  validity: string;
  depthLimited: boolean;
  event: { id: string; title: string; startDate: string | null };
  directActors: readonly { role: string; grade: string | null; participation: { id: string }; actor: Actor }[];
  units: readonly {
    organization: { id: string };
    reasons: readonly { kind: string; posting: { posting: { id: string }; person: { id: string }; role: string; validity: string; grade: string | null } | null }[];
  }[];
}

/** What a node or edge of the drawn chain stands for, to show its evidence when clicked. */
export interface ChainEvidence {
  title: string;
  lines: string[];
  /** The records whose citations are the evidence (a fact; an organisation's commanders' postings). */
  recordIds: readonly string[];
}

export interface ChainNode {
  id: string;
  role: 'event' | 'actor' | 'organization' | 'depth-limit';
  label: string;
  width: number;
  height: number;
  evidence: ChainEvidence;
  /** Since the date before: its commanders were replaced, or it entered the drawing. */
  changed?: 'replaced' | 'new';
}

export interface ChainEdge {
  id: string;
  /** The superior end: edges run from the top of the hierarchy down to the event. */
  source: string;
  target: string;
  label: string;
  grade: string | null;
  validity: string;
  weakest: boolean;
  closesCycle: boolean;
  evidence: ChainEvidence;
  /** A command link that began since the date before. */
  appeared?: boolean;
}

export interface ChainDrawing {
  nodes: ChainNode[];
  edges: ChainEdge[];
  notes: string[];
}
