/**
 * The chain-of-command view: open it for an event, ask again on another minimum grade. One request
 * brings the chain with its organisations' commanders (api/queries/chain.graphql).
 */
import { api } from '../api/operations';
import { chainStore } from '../core/chain/state';
import { readableError } from '../core/errors/errors';
import { errorStore } from '../core/errors/state';
import type { ChainAnswer } from '../core/chain/types';
import { markPhase } from '../measure/phases';
import { reporting } from './report';

async function readChain(eventId: string, minGrade: string | null, at: string | null): Promise<ChainAnswer> {
  const { chainOfCommand } = await api.chainOfCommand({ eventId, ...(minGrade ? { minGrade } : {}), ...(at ? { at } : {}) });
  return chainOfCommand;
}

/** `at`: the date of the chain (the date slider's); null, the event's start date. */
export async function openChain(eventId: string, minGrade: string | null = null, at: string | null = null): Promise<void> {
  markPhase('chain', 'action');
  const previous = chainStore.get();
  chainStore.set({ eventId, minGrade, at, loading: true, problem: null, chain: previous?.eventId === eventId ? previous.chain : null });
  const current = () => chainStore.get()?.eventId === eventId && chainStore.get()?.minGrade === minGrade && (chainStore.get()?.at ?? null) === at;
  const chain = await reporting(`reading the chain of command of ${eventId}`, () => readChain(eventId, minGrade, at));
  // A later request (another grade or date) may have replaced this one while it ran.
  if (!current()) return;
  if (chain) markPhase('chain', 'answer');
  chainStore.set({ eventId, minGrade, at, loading: false, problem: chain ? null : readableError(errorStore.get()?.error ?? { code: 'INTERNAL', message: 'no answer' }), chain: chain ?? null });
}

export function closeChain(): void {
  chainStore.set(null);
}
