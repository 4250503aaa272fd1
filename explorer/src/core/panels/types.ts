/** Which panels are open: the right-hand panel's tab, and the table under the canvas. */
export type RightPanel = 'evidence' | 'timeline' | 'paths';

export interface Panels {
  right: RightPanel;
  table: boolean;
}
