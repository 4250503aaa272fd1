/**
 * Who held which post when. Every organisation of the state has a sequence of heads or
 * commanders from before 2015 to today: each is replaced on a date and the successor starts the
 * next day; the last is open-ended. Commanders often served in another unit before (as officers)
 * and move on to the parent unit after (as deputies). Courts have chairs and judges, prosecution
 * offices procurators and prosecutors, in the same way. Career officers are posted to several
 * units of one body in turn. About 5% of postings are known only to the year or month.
 */
import type { PostingRole } from '../../foundations/model/enums';
import { EPOCH, partial } from './dates';
import { RANKS } from './names';
import type { Structure } from './organisations';
import { rngFor, Weighted, type Rng } from '../../foundations/prng';

/** What a person is in the dataset: decides protection and birth years. */
export const PersonKind = { Victim: 0, Official: 1, HeadOfState: 2 } as const;
export type PersonKind = (typeof PersonKind)[keyof typeof PersonKind];

export interface Post {
  person: number;
  org: number;
  role: PostingRole;
  title: string;
  rank?: string;
  /** True first and last day (null: since unknown / still in force), for lookups at a date. */
  start: number | null;
  end: number | null;
  startText: string | null;
  endText?: string;
}

export interface Staffing {
  posts: Post[];
  /** Postings at each organisation, by organisation index. */
  byOrg: number[][];
  kinds: PersonKind[];
}

const OFFICER_ROLES = new Weighted<PostingRole>([
  ['OFFICER', 55],
  ['INVESTIGATOR', 25],
  ['DEPUTY', 10],
  ['MEMBER', 5],
  ['EMPLOYEE', 5],
]);
const LABEL: Partial<Record<PostingRole, string>> = { OFFICER: 'Officer', INVESTIGATOR: 'Investigator', DEPUTY: 'Deputy head', MEMBER: 'Member', EMPLOYEE: 'Employee' };

export function staff(seed: number, s: Structure, officers: number): Staffing {
  const st: Staffing = { posts: [], byOrg: s.orgs.map(() => []), kinds: [] };
  const person = (kind: PersonKind) => st.kinds.push(kind) - 1;
  const post = (rng: Rng, p: Omit<Post, 'startText' | 'endText'>) => {
    const vague = rng.chance(0.05) && p.start !== null;
    const i =
      st.posts.push({
        ...p,
        startText: p.start === null ? null : partial(p.start, vague ? (rng.chance(0.5) ? 'YEAR' : 'MONTH') : 'DAY'),
        ...(p.end === null ? {} : { endText: partial(p.end, vague && rng.chance(0.3) ? 'MONTH' : 'DAY') }),
      }) - 1;
    st.byOrg[p.org]!.push(i);
    return i;
  };

  const head = person(PersonKind.HeadOfState);
  post(rngFor(seed, 'head-of-state'), { person: head, org: s.head, role: 'HEAD', title: 'President', start: EPOCH.careersFrom - 3000, end: null });

  /** A seat filled by one person after another, from before the period to today. */
  const seat = (org: number, role: PostingRole, title: string, n: number) => {
    const rng = rngFor(seed, `seat-${role}-${n}`, org);
    const o = s.orgs[org]!;
    const units = o.body >= 0 ? s.unitsByBody[o.body]! : [];
    let start: number | null = rng.chance(0.1) ? null : rng.int(EPOCH.careersFrom, EPOCH.from);
    for (;;) {
      const from = start ?? EPOCH.careersFrom - rng.int(0, 1500);
      const last = from + rng.int(800, 2600);
      const end = last >= EPOCH.to ? null : last;
      const p = person(PersonKind.Official);
      const rank = o.group === 'unit' || o.group === 'body' ? RANKS[Math.max(0, Math.min(RANKS.length - 1, 7 - o.level + rng.int(-1, 0)))] : undefined;
      if (units.length > 1 && start !== null && rng.chance(0.4)) {
        const before = rng.pick(units);
        if (before !== org) post(rng, { person: p, org: before, role: 'OFFICER', title: `Officer of the ${s.orgs[before]!.shortName}`, start: start - rng.int(365, 1500), end: start - 1 });
      }
      post(rng, { person: p, org, role, title, ...(rank ? { rank } : {}), start, end });
      if (end !== null && o.parent >= 0 && o.group === 'unit' && rng.chance(0.35)) {
        const after = end + 1 + rng.int(400, 1500);
        post(rng, {
          person: p,
          org: o.parent,
          role: 'DEPUTY',
          title: `Deputy head of the ${s.orgs[o.parent]!.shortName ?? s.orgs[o.parent]!.name}`,
          start: end + 1,
          end: after >= EPOCH.to ? null : after,
        });
      }
      if (end === null) return;
      start = end + 1;
    }
  };

  for (const b of s.bodies) seat(b, 'HEAD', s.orgs[b]!.kind === 'MINISTRY' ? 'Minister' : 'Chairman', 0);
  for (const units of s.unitsByBody) {
    for (const u of units) seat(u, s.orgs[u]!.kind === 'DETENTION_FACILITY' ? 'HEAD' : 'COMMANDER', s.orgs[u]!.kind === 'DETENTION_FACILITY' ? 'Warden' : `Head of the ${s.orgs[u]!.shortName}`, 0);
  }
  for (const c of s.courts) {
    seat(c, 'HEAD', 'Chair of the court', 0);
    for (let j = 1; j <= 2; j += 1) seat(c, 'JUDGE', 'Judge', j);
  }
  for (const p of s.prosecution) {
    seat(p, 'HEAD', 'Procurator', 0);
    seat(p, 'PROSECUTOR', 'Senior prosecutor', 1);
  }

  for (let k = 0; k < officers; k += 1) {
    const rng = rngFor(seed, 'officer', k);
    const units = s.unitsByBody[rng.int(0, s.unitsByBody.length - 1)]!;
    const p = person(PersonKind.Official);
    const moves = rng.int(2, 4);
    let start = rng.int(EPOCH.careersFrom, EPOCH.from + 4 * 365);
    let rank = rng.int(0, 3);
    for (let m = 0; m < moves && start < EPOCH.to; m += 1) {
      const org = rng.pick(units);
      const role = OFFICER_ROLES.pick(rng);
      const last = start + rng.int(365, 1600);
      const end = last >= EPOCH.to || (m === moves - 1 && rng.chance(0.5)) ? null : last;
      post(rng, { person: p, org, role, title: `${LABEL[role]} of the ${s.orgs[org]!.shortName}`, rank: RANKS[Math.min(rank, RANKS.length - 2)]!, start, end });
      if (end === null) break;
      start = end + 1;
      rank += rng.int(0, 1);
    }
  }
  return st;
}

/** Whether a posting holds on a day (by its true dates). */
export function holds(p: Post, dayNumber: number): boolean {
  return (p.start === null || p.start <= dayNumber) && (p.end === null || dayNumber <= p.end);
}

export const postingId = (i: number) => `post:syn-${String(i).padStart(6, '0')}`;
export const personId = (i: number) => `person:syn-${String(i).padStart(6, '0')}`;
