/**
 * busybox sed words its script errors differently and gives no location; this maps GNU's
 * message to busybox's for the common cases.
 */
const MAP: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/unterminated `s' command$/, () => "unmatched '/'"],
  [/unknown option to `s'$/, () => 'bad option in substitution expression'],
  [/unknown command: `(.)'$/, (m) => `unsupported command ${m[1]}`],
  [/can't find label for jump to `(.*)'$/, (m) => `can't find label for jump to '${m[1]}'`],
];

export function busyboxSedMessage(e: { message: string; regex?: string }): string {
  const gnu = e.message.replace(/^(-e expression #\d+, char \d+|file .* line \d+): /, '');
  if (e.regex !== undefined) return `bad regex '${e.regex}': ${gnu}`;
  for (const [re, f] of MAP) {
    const m = gnu.match(re);
    if (m) return f(m);
  }
  return gnu;
}
