/** busybox awk's wording of the errors the mawk-shaped core reports. */

/** A compile diagnostic (`[FILE: ]line N: MSG`) as busybox's syntax_error() prints it. */
export function busyboxSyntax(mawkMsg: string): string {
  const m = /^(?:(.*?): )?line (\d+): (.*)$/s.exec(mawkMsg);
  const where = m?.[1] ?? 'cmd. line';
  const line = m?.[2] ?? '1';
  const text = m?.[3] ?? mawkMsg;
  let msg = 'Unexpected token';
  let n = Number(line);
  if (/never defined/.test(text)) msg = 'Call to undefined function';
  else if (/runaway/.test(text)) msg = 'Unexpected end of string';
  else if (/end of file/.test(text)) {
    // mawk counts a line past the end of the text; busybox does not.
    n = Math.max(1, n - 1);
    if (m?.[1] !== undefined) msg = 'Unexpected end of string';
  }
  return `${where}:${n}: ${msg}`;
}

/** A fatal mawk message (cannot open ...) in busybox's words. */
export function busyboxFatal(mawkMsg: string): string {
  let m = /^cannot open "(.*)" for output \((.*)\)$/s.exec(mawkMsg);
  if (m) return `can't open '${m[1]}': ${m[2]}`;
  m = /^cannot open (.*) \((.*)\)$/s.exec(mawkMsg);
  if (m) return `${m[1]}: ${m[2]}`;
  return mawkMsg;
}

/** A run time error message in busybox's words. */
export function busyboxRuntime(mawkMsg: string): string {
  if (mawkMsg.startsWith('negative field index')) return 'Access to negative field';
  if (mawkMsg.startsWith('negative value assigned to NF')) return 'NF set to negative value';
  if (mawkMsg.startsWith('improper conversion')) return 'Invalid format specifier';
  return mawkMsg;
}
