/**
 * The model keeps bytes as latin1 strings (one char per byte: the session's lines and outputs too); lessons are
 * written in Unicode. Compare as text: a byte string that is valid UTF-8 is decoded; a string that is already
 * text (chars above U+00FF) or is not UTF-8 is left as it is.
 */
export function textOf(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\x80-\xff]/.test(s) || /[^\x00-\xff]/.test(s)) return s;
  const decoded = Buffer.from(s, 'latin1').toString('utf8');
  return Buffer.from(decoded, 'utf8').toString('latin1') === s ? decoded : s;
}

/** A value quoted for a detail line, cut to a readable length. */
export function quoted(text: string, max = 60): string {
  const chars = [...text];
  return chars.length > max ? `${JSON.stringify(chars.slice(0, max).join('')).slice(0, -1)}…"` : JSON.stringify(text);
}

/** Equal up to one final newline: `echo hi > f` writes "hi\n", lessons often say "hi". */
export const sameText = (have: string, want: string): boolean => have === want || have === `${want}\n` || `${have}\n` === want;

/** Whole lines of a text (a final newline does not start another line). */
export const linesOf = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
