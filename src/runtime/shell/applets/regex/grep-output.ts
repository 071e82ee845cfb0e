import type { TextWriter } from '../types.ts';
import type { Matcher } from './posix-regex.ts';

/** GREP_COLORS capabilities; the defaults are GNU grep's. */
export interface Palette {
  ms: string;
  mc: string;
  sl: string;
  cx: string;
  fn: string;
  ln: string;
  bn: string;
  se: string;
  /** `ne`: no EL (erase to end of line, `\33[K`) after each SGR sequence. */
  ne: boolean;
}

/** Reads GREP_COLORS (and the deprecated GREP_COLOR, which only sets the match color). */
export function readPalette(env: Map<string, string>): { palette: Palette; warning?: string } {
  const p: Palette = { ms: '01;31', mc: '01;31', sl: '', cx: '', fn: '35', ln: '32', bn: '32', se: '36', ne: false };
  let warning: string | undefined;
  const old = env.get('GREP_COLOR');
  const caps = env.get('GREP_COLORS');
  if (old && /^[0-9;]*$/.test(old)) {
    p.ms = p.mc = old;
    if (!caps || !/(^|:)m[tsc]=/.test(caps)) warning = `GREP_COLOR='${old}' is deprecated; use GREP_COLORS='mt=${old}'`;
  }
  for (const item of (caps ?? '').split(':')) {
    const [name, value] = item.split('=', 2) as [string, string | undefined];
    if (value !== undefined && !/^[0-9;]*$/.test(value)) break;
    if (name === 'ne') p.ne = true;
    else if (name === 'mt' && value !== undefined) p.ms = p.mc = value;
    else if (value !== undefined && name in p && name !== 'ne') (p as unknown as Record<string, string>)[name] = value;
  }
  return { palette: p, warning };
}

export interface HeadFields {
  name: string | null;
  line: number | null;
  offset: number | null;
  /** -T: numbers right-aligned to this width, and a tab before the text. */
  width: number;
  tab: boolean;
}

/** Buffers grep's output and writes it in blocks; all of grep's formatting lives here. */
export class GrepPrinter {
  private buf = '';

  constructor(
    private readonly out: TextWriter,
    private readonly palette: Palette | null,
    private readonly nullAfterName: boolean,
  ) {}

  private sgr(cap: string | undefined, text: string): string {
    if (!this.palette || !cap) return text;
    const el = this.palette.ne ? '' : '\x1b[K';
    return `\x1b[${cap}m${el}${text}\x1b[m${el}`;
  }

  write(text: string): void {
    this.buf += text;
  }

  async flush(force = false): Promise<void> {
    if (this.buf === '' || (!force && this.buf.length < 8192)) return;
    const data = this.buf;
    this.buf = '';
    await this.out.write(data);
  }

  fileName(name: string): string {
    return this.sgr(this.palette?.fn, name);
  }

  sep(c: string): string {
    return this.sgr(this.palette?.se, c);
  }

  /** The `file:line:offset:` prefix (print_line_head). */
  head(f: HeadFields, sep: ':' | '-', textLength: number): string {
    let s = '';
    if (f.name !== null) s += this.fileName(f.name) + (this.nullAfterName ? '\0' : this.sep(sep));
    if (f.line !== null) s += this.sgr(this.palette?.ln, String(f.line).padStart(f.width)) + this.sep(sep);
    if (f.offset !== null) s += this.sgr(this.palette?.bn, String(f.offset).padStart(f.width)) + this.sep(sep);
    if (f.tab && (f.name !== null || f.line !== null || f.offset !== null) && textLength > 0) s += '\t';
    return s;
  }

  groupSeparator(text: string): void {
    this.write(`${this.sep(text)}\n`);
  }

  /**
   * One output line (print_line): plain, or with its matches colored, or only its matches (-o).
   * `matching` says whether the line matches the pattern (selected XOR -v).
   */
  line(text: string, eol: string, f: HeadFields, sep: ':' | '-', matching: boolean, onlyMatching: boolean, invert: boolean, m: Matcher): void {
    const pal = this.palette;
    const matchColor = pal ? (sep === ':' ? pal.ms : pal.mc) : '';
    const lineColor = pal ? (sep === ':' ? pal.sl : pal.cx) : '';
    if (onlyMatching) {
      if (!matching) return;
      this.eachMatch(text, m, (start, end) => {
        const offset = f.offset === null ? null : f.offset + start;
        this.write(this.head({ ...f, offset }, invert ? '-' : ':', end - start) + this.sgr(matchColor, text.slice(start, end)) + eol);
      });
      return;
    }
    let s = this.head(f, sep, text.length);
    let cur = 0;
    if (matching && matchColor) {
      this.eachMatch(text, m, (start, end) => {
        s += (lineColor ? `\x1b[${lineColor}m${pal!.ne ? '' : '\x1b[K'}` : '') + text.slice(cur, start) + this.sgr(matchColor, text.slice(start, end));
        cur = end;
      });
    }
    if (lineColor && cur < text.length) {
      s += this.sgr(lineColor, text.slice(cur));
      cur = text.length;
    }
    this.write(s + text.slice(cur) + eol);
  }

  /** Non-empty leftmost-longest matches in order; an empty match moves on one character. */
  private eachMatch(text: string, m: Matcher, fn: (start: number, end: number) => void): void {
    let cur = 0;
    while (cur < text.length) {
      const r = m.exec(text, cur);
      if (!r || r.start >= text.length) break;
      if (r.end === r.start) {
        cur = r.start + 1;
        continue;
      }
      fn(r.start, r.end);
      cur = r.end;
    }
  }
}
