/**
 * Scrubs protected persons' names out of free text (quotes, descriptions, titles, summaries,
 * labels) for a viewer without clearance. Case-insensitive, whole words:
 * - a full name or alias (its words separated by any non-letters: "Ivan Petrov", "ivan-petrov",
 *   "PETROV, Ivan" is two words, see below) becomes the pseudonym, or "[withheld]";
 * - any single word of such a name left over ("Petrov was detained") becomes "[withheld]".
 * Over-redaction is the chosen failure mode: a given name shared with a public figure is hidden
 * from uncleared viewers too. One pass over the text's words, longest match first; texts sharing
 * no word with any protected name are returned as they are after a Set lookup per word.
 */
import type { ProtectedPerson } from './protected-names';

export const WITHHELD = '[withheld]';

/** Name particles that alone identify nobody. */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'der', 'den', 'la', 'le', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'and']);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const words = (text: string): string[] => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

export interface ScrubOptions {
  /** Words the client sent itself (echoed in an error message): left as they are. */
  exempt?: ReadonlySet<string>;
  /** Filled with each replacement made (a pseudonym, or the withheld marker): what an export reports as redacted. */
  replaced?: Set<string>;
}

export class Scrubber {
  /** Normalised phrase or word → replacement. */
  private readonly replacements = new Map<string, string>();
  /** Every word of every protected name: the cheap test before scanning. */
  private readonly words = new Set<string>();
  /** First word → the phrases (as words) starting with it, longest first. */
  private readonly phrasesByFirst = new Map<string, string[][]>();

  constructor(persons: readonly ProtectedPerson[]) {
    const pseudonymWords = new Set(persons.flatMap((p) => (p.pseudonym ? words(p.pseudonym) : [])));
    const phrases = new Map<string, string>();
    const singles = new Set<string>();
    for (const p of persons) {
      const replacement = p.protection === 'PSEUDONYM' && p.pseudonym ? p.pseudonym : WITHHELD;
      for (const name of [p.name, ...(p.aliases ?? [])]) {
        if (typeof name !== 'string') continue;
        const ws = words(name);
        if (!ws.length) continue;
        ws.forEach((w) => this.words.add(w));
        const key = ws.join(' ');
        // Two persons sharing a name: neither pseudonym may stand for the other.
        phrases.set(key, phrases.has(key) && phrases.get(key) !== replacement ? WITHHELD : replacement);
        for (const w of ws) if (w.length >= 2 && !PARTICLES.has(w) && !pseudonymWords.has(w)) singles.add(w);
      }
    }
    for (const [k, v] of phrases) this.replacements.set(k, v);
    for (const w of singles) if (!this.replacements.has(w)) this.replacements.set(w, WITHHELD);
    for (const k of this.replacements.keys()) {
      const ws = k.split(' ');
      const list = this.phrasesByFirst.get(ws[0]!) ?? this.phrasesByFirst.set(ws[0]!, []).get(ws[0]!)!;
      list.push(ws);
    }
    for (const list of this.phrasesByFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.replacements.size === 0;
  }

  /** Whether the text shares a word with a protected name (it may need scrubbing). */
  touches(text: string): boolean {
    if (this.empty) return false;
    for (const w of words(text)) if (this.words.has(w)) return true;
    return false;
  }

  /**
   * Linear in the text: its words are matched against the phrases starting with each word,
   * longest first (a word is a maximal run of letters, marks and digits, so "whole words" and
   * "any separators" both follow from the tokenisation).
   */
  scrub(text: string, options: ScrubOptions = {}): string {
    if (!this.touches(text)) return text;
    const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
    let out = '';
    let copied = 0;
    for (let i = 0; i < tokens.length;) {
      const phrase = (this.phrasesByFirst.get(tokens[i]!.word) ?? []).find((ws) => ws.every((w, k) => tokens[i + k]?.word === w));
      if (!phrase) {
        i += 1;
        continue;
      }
      const span = tokens.slice(i, i + phrase.length);
      i += phrase.length;
      if (options.exempt && span.every((t) => options.exempt!.has(t.word))) continue;
      const replacement = this.replacements.get(phrase.join(' ')) ?? WITHHELD;
      options.replaced?.add(replacement);
      out += text.slice(copied, span[0]!.start) + replacement;
      copied = span.at(-1)!.end;
    }
    return out + text.slice(copied);
  }

  /** Words of `text` that belong to protected names (for exempting what the client sent). */
  protectedWordsIn(text: string): Set<string> {
    return new Set(words(text).filter((w) => this.words.has(w)));
  }
}

/** Keys whose values are ids (references): never scrubbed, they must not contain names anyway. */
export const isIdKey = (key: string): boolean => key === 'id' || key === 'cutAt' || /Ids?$/.test(key);

/** A deep copy of `value` with every string scrubbed, except under id keys. */
export function scrubDeep<T>(value: T, scrubber: Scrubber, options: ScrubOptions = {}): T {
  if (scrubber.empty) return value;
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key !== null && isIdKey(key) ? v : scrubber.scrub(v, options);
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    }
    return v;
  };
  return walk(value, null) as T;
}
