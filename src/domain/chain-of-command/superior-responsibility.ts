/**
 * Candidates for superior responsibility (Rome Statute art. 28) over an event: every person who
 * held command in the event's chain at its date, with the posting (superior–subordinate
 * relationship, effective control) and the COMMAND path from the unit up to that command, and any
 * evidence citing knowledge — citations of art. 28 allegations against the person over this event
 * that go to the provision's MENTAL element. A candidate list for analysis, not a verdict.
 */
import type { Graph } from '../../storage/db/graph';
import { chainIn, type ChainOptions } from './chain';
import { grade } from './evidence';
import { loadKnowledge } from './load';
import { checkDepth, dateWindow, minGradeOf } from './options';
import type { ChainOfCommand, CommandHeld, CommandLink, KnowledgeEvidence, SuperiorCandidate, SuperiorResponsibility } from './types';

/** One COMMAND path from a unit (level 0) up to `organizationId`, following links level by level. */
function pathTo(chain: ChainOfCommand, organizationId: string): { unitId: string; path: CommandLink[] } {
  const levelOf = new Map(chain.levels.flatMap((l) => l.organizations.map((o) => [o.organizationId, l.level] as const)));
  const path: CommandLink[] = [];
  let id = organizationId;
  while ((levelOf.get(id) ?? 0) > 0) {
    const level = levelOf.get(id)!;
    const link = chain.links.find((l) => l.parentId === id && levelOf.get(l.childId) === level - 1)!;
    path.unshift(link);
    id = link.childId;
  }
  return { unitId: id, path };
}

export async function superiorResponsibility(graph: Graph, eventId: string, options: ChainOptions = {}): Promise<SuperiorResponsibility> {
  const given = options.at === null || options.at === undefined ? null : dateWindow('at', options.at);
  const min = minGradeOf(options.minGrade);
  const depth = checkDepth(options.depth);
  return graph.readTransaction(async (tx) => {
    const chain = await chainIn(tx, eventId, { given, min, depth, hidden: options.hidden });
    const candidates = new Map<string, SuperiorCandidate>();
    const directPersons = new Set(chain.directActors.filter((a) => a.actorType === 'Person').map((a) => a.actorId));
    for (const level of chain.levels) {
      for (const org of level.organizations) {
        for (const posting of org.commanders) {
          const c =
            candidates.get(posting.personId) ??
            candidates.set(posting.personId, { personId: posting.personId, isDirectActor: directPersons.has(posting.personId), commands: [], knowledge: [] }).get(posting.personId)!;
          const held: CommandHeld = { organizationId: org.organizationId, level: level.level, posting, ...pathTo(chain, org.organizationId) };
          c.commands.push(held);
        }
      }
    }
    for (const row of await loadKnowledge(tx, [...candidates.keys()], eventId)) {
      // Knowledge evidence is reported whatever its grade: it is material for analysis, graded here.
      const evidence = grade(row.citations, null);
      const k: KnowledgeEvidence = {
        allegationId: row.allegationId,
        provisionId: row.provisionId,
        article: row.article ?? null,
        mode: row.mode,
        description: row.description ?? null,
        elementNumber: row.elementNumber,
        elementText: row.elementText,
        citations: evidence.citations,
        grade: evidence.grade,
      };
      candidates.get(row.personId)?.knowledge.push(k);
    }
    return { eventId, at: chain.at, candidates: [...candidates.values()], chain };
  });
}
