/**
 * How each kind of entity is drawn: a shape and a colour that tell kinds apart in colour and in
 * greyscale alike (the shapes differ, not only the hues), the same on the canvas and in the legend.
 */
import type { EdgeType, NodeKind } from '../../core/graph/types';

export interface KindLook {
  title: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'octagon' | 'triangle' | 'rectangle' | 'star' | 'round-tag';
  colour: string;
}

export const KIND_LOOKS: Record<NodeKind, KindLook> = {
  PERSON: { title: 'Person', shape: 'ellipse', colour: '#2b6cb0' },
  ORGANIZATION: { title: 'Organisation', shape: 'round-rectangle', colour: '#2c7a7b' },
  EVENT: { title: 'Event', shape: 'diamond', colour: '#dd6b20' },
  TRIAL: { title: 'Trial', shape: 'octagon', colour: '#805ad5' },
  PLACE: { title: 'Place', shape: 'triangle', colour: '#38a169' },
  LEGAL_PROVISION: { title: 'Legal provision', shape: 'rectangle', colour: '#4a5568' },
  ALLEGATION: { title: 'Allegation', shape: 'star', colour: '#c53030' },
};

/** Facts are edges; direct references (an event's place, a trial's court) are not sourced and drawn dotted. */
export const DIRECT_REFERENCES: readonly EdgeType[] = ['PLACE', 'COURT'];

/** SVG path data of each shape in a 20×20 box, for the legend and the results list. */
export const SHAPE_PATHS: Record<KindLook['shape'], string> = {
  ellipse: 'M10 1a9 9 0 1 0 0.01 0Z',
  'round-rectangle': 'M4 2h12a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Z',
  diamond: 'M10 1L19 10L10 19L1 10Z',
  octagon: 'M6 1h8l5 5v8l-5 5H6l-5-5V6Z',
  triangle: 'M10 1L19 18H1Z',
  rectangle: 'M2 3h16v14H2Z',
  star: 'M10 1l2.6 6.1 6.4.5-4.9 4.2 1.5 6.4L10 14.8 4.4 18.2l1.5-6.4L1 7.6l6.4-.5Z',
  'round-tag': 'M2 4h11l5 6-5 6H2Z',
};
