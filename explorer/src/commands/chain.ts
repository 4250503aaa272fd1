/** The chain-of-command view: open it for an event, ask again on another minimum grade. */
import { api } from '../api/operations';
import { chainStore } from '../core/chain/state';
import { reporting } from './report';

export async function openChain(eventId: string, minGrade: string | null = null): Promise<void> {
  chainStore.set({ eventId, minGrade, loading: true, chain: chainStore.get()?.eventId === eventId ? chainStore.get()!.chain : null });
  const answer = await reporting(`reading the chain of command of ${eventId}`, () => api.chainOfCommand({ eventId, ...(minGrade ? { minGrade } : {}) }));
  // A later request (another grade) may have replaced this one while it ran.
  if (chainStore.get()?.eventId !== eventId || chainStore.get()?.minGrade !== minGrade) return;
  if (!answer) return chainStore.set((s) => (s ? { ...s, loading: false } : s));
  chainStore.set({ eventId, minGrade, loading: false, chain: answer.chainOfCommand });
}

export function closeChain(): void {
  chainStore.set(null);
}
