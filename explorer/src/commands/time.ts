/**
 * The date slider of a chain of command or an organisation chart: its marks (asked once per chain
 * or chart and grade), moving to a date (the view asks the service again and what changed is kept
 * to be shown), and play, which steps through the change dates after the one shown.
 */
import { analysisApi } from '../api/analysis';
import { chainStore } from '../core/chain/state';
import { chartStore } from '../core/org-chart/state';
import type { Store } from '../core/store';
import { playSequence } from '../core/time/actions';
import { diffCommand, type CommandShape } from '../core/time/diff';
import { chainTimeStore, chartTimeStore, type TimeState } from '../core/time/state';
import type { ChangeMarks } from '../core/time/types';
import { openChain } from './chain';
import { openChart } from './org-chart';
import { reporting } from './report';

/** How long play shows each date before the next. */
export const PLAY_STEP_MS = 1400;

/** One view's date: what it is of, its marks, its answer and how to ask for another date. */
export interface TimedView {
  store: Store<TimeState | null>;
  subject(): string | null;
  marks(): Promise<ChangeMarks | undefined>;
  answer(): CommandShape | null;
  /** The date shown (the answer's). */
  at(): string | null;
  ask(at: string): Promise<void>;
}

export const chainTime: TimedView = {
  store: chainTimeStore,
  subject: () => {
    const c = chainStore.get();
    return c ? `chain|${c.eventId}|${c.minGrade ?? ''}` : null;
  },
  marks: async () => {
    const c = chainStore.get()!;
    const answer = await reporting('reading when the chain changes', () => analysisApi.chainChanges({ eventId: c.eventId, ...(c.minGrade ? { minGrade: c.minGrade } : {}) }));
    return answer?.chainOfCommandChanges;
  },
  answer: () => chainStore.get()?.chain ?? null,
  at: () => chainStore.get()?.chain?.at ?? chainStore.get()?.at ?? null,
  ask: async (at) => {
    const c = chainStore.get();
    if (c) await openChain(c.eventId, c.minGrade, at);
  },
};

export const chartTime: TimedView = {
  store: chartTimeStore,
  subject: () => {
    const c = chartStore.get();
    return c ? `chart|${c.organizationId}|${c.direction}|${c.minGrade ?? ''}` : null;
  },
  marks: async () => {
    const c = chartStore.get()!;
    const variables = { organizationId: c.organizationId, direction: c.direction, ...(c.minGrade ? { minGrade: c.minGrade } : {}) };
    const answer = await reporting('reading when the chart changes', () => analysisApi.chartChanges(variables));
    return answer?.organizationChartChanges;
  },
  answer: () => chartStore.get()?.chart ?? null,
  at: () => chartStore.get()?.at ?? null,
  ask: async (at) => {
    const c = chartStore.get();
    if (c) await openChart(c.organizationId, { direction: c.direction, at, minGrade: c.minGrade });
  },
};

/** Asks for the view's marks unless they are those of what it shows now. */
export async function ensureMarks(view: TimedView): Promise<void> {
  const subject = view.subject();
  if (!subject || view.store.get()?.subject === subject) return;
  view.store.set({ subject, marks: null, playing: false, diff: null });
  const marks = await view.marks();
  if (view.store.get()?.subject === subject) view.store.set((s) => (s ? { ...s, marks: marks ?? { dates: [], boundaries: [] } } : s));
}

/** Shows the view at another date, keeping what changed since the date before. */
export async function moveTo(view: TimedView, at: string): Promise<void> {
  const before = view.answer();
  await view.ask(at);
  const after = view.answer();
  if (after) view.store.set((s) => (s ? { ...s, diff: diffCommand(before, after) } : s));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Steps through the change dates after the one shown, until the last or until stopped. */
export async function play(view: TimedView, stepMs = PLAY_STEP_MS): Promise<void> {
  const state = view.store.get();
  const at = view.at();
  if (!state?.marks || !at || state.playing) return;
  view.store.set({ ...state, playing: true });
  for (const date of playSequence(state.marks.dates, at)) {
    if (!view.store.get()?.playing) return;
    await moveTo(view, date);
    await sleep(stepMs);
  }
  view.store.set((s) => (s ? { ...s, playing: false } : s));
}

export function stop(view: TimedView): void {
  view.store.set((s) => (s ? { ...s, playing: false } : s));
}
