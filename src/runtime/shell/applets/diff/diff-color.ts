import type { FormatOptions } from './diff-format.ts';

/** GNU diff's --palette capabilities and their defaults (SGR parameters). */
const DEFAULT_PALETTE: Record<string, string> = { rs: '0', hd: '1', ad: '32', de: '31', ln: '36' };

/** --palette=ad=33:de=35: unknown capabilities are kept but unused, as GNU does. */
export function parsePalette(spec: string, into: Record<string, string>): void {
  for (const item of spec.split(':')) {
    const eq = item.indexOf('=');
    if (eq > 0) into[item.slice(0, eq)] = item.slice(eq + 1);
  }
}

/**
 * Colours one file pair's report the way GNU diff --color does: headers bold, hunk
 * headers cyan, removed lines red, added lines green. Every output line of these formats
 * starts with a marker, so the report can be coloured line by line after formatting; in
 * context format all lines of the old side are "deleted" and all of the new side "added".
 */
export function colorize(out: string, style: FormatOptions['style'], palette: Record<string, string>): string {
  if (style === 'side' || style === 'ed' || style === 'rcs') return out;
  const pal = { ...DEFAULT_PALETTE, ...palette };
  const paint = (cap: string, line: string) => `\x1b[${pal[cap]}m${line}\x1b[${pal.rs}m`;
  const lines = out.split('\n');
  const last = lines.pop();
  let headers = style === 'normal' ? 0 : 2;
  let side: 'de' | 'ad' = 'de';
  const res = lines.map((l) => {
    if (headers > 0) {
      headers--;
      return paint('hd', l);
    }
    if (l.startsWith('\\')) return l;
    if (style === 'normal') {
      if (l.startsWith('<')) return paint('de', l);
      if (l.startsWith('>')) return paint('ad', l);
      return l === '---' ? l : paint('ln', l);
    }
    if (style === 'unified') {
      if (l.startsWith('@@')) return paint('ln', l);
      if (l.startsWith('-')) return paint('de', l);
      if (l.startsWith('+')) return paint('ad', l);
      return l;
    }
    if (l === '***************') return l;
    if (/^\*\*\* .* \*\*\*\*$/.test(l)) {
      side = 'de';
      return paint('ln', l);
    }
    if (/^--- .* ----$/.test(l)) {
      side = 'ad';
      return paint('ln', l);
    }
    return paint(side, l);
  });
  return [...res, last].join('\n');
}
