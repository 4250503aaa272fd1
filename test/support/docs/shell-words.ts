/**
 * Splits a shell command line into words as sh would for the simple lines documents show: words
 * separated by blanks, single quotes literal, double quotes with `\"` and `\\` escapes. Expansions
 * (`$VAR`, `$(…)`, globs) are not performed; a document's CLI example must not need them.
 */
export function splitShellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed ' in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = '';
      for (i++; i < line.length && line[i] !== '"'; i++) text += line[i] === '\\' && /["\\$`]/.test(line[i + 1] ?? '') ? line[++i] : line[i];
      if (i >= line.length) throw new Error(`unclosed " in: ${line}`);
      word = (word ?? '') + text;
    } else if (c === '$' || c === '`') {
      throw new Error(`a shell expansion (${c}) in a documented CLI example cannot be run as written: ${line}`);
    } else {
      word = (word ?? '') + (c === '\\' ? (line[++i] ?? '') : c);
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
