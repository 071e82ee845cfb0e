import type { InStream } from '../../../kernel/stream.ts';
import type { AppletContext } from '../types.ts';
import type { GrepOptions } from './grep-options.ts';
import type { GrepPrinter, HeadFields } from './grep-output.ts';
import type { Target } from './grep-files.ts';
import { type Line, LineReader } from './line-reader.ts';
import type { Matcher } from './posix-regex.ts';

interface Numbered extends Line {
  n: number;
}

/** What searching one file found. */
export interface FileResult {
  /** Selected lines (capped by -m). */
  count: number;
  /** The file held a NUL, so its lines were not printed (`binary file matches`). */
  binary: boolean;
}

/**
 * grep's per-file loop (grep.c's grep/prtext/prpending): selects lines, prints them with their
 * leading and trailing context and `--` between groups that are not adjacent.
 */
export class Searcher {
  /** Something was printed already (a group separator may be due), across files. */
  private used = false;
  private readonly eol: string;
  private readonly contextOn: boolean;
  private readonly before: number;
  private readonly after: number;

  constructor(
    private readonly ctx: AppletContext,
    private readonly o: GrepOptions,
    private readonly matcher: Matcher,
    private readonly out: GrepPrinter,
    /** Print the file name before lines (decided by the caller from -H/-h and the operands). */
    private readonly showName: () => boolean,
  ) {
    this.eol = o.nullData ? '\0' : '\n';
    this.contextOn = o.before >= 0 || o.after >= 0;
    this.before = Math.max(0, o.before);
    this.after = Math.max(0, o.after);
  }

  async search(t: Target, input: InStream): Promise<FileResult> {
    const o = this.o;
    let binary = false;
    const detect = o.binaryFiles !== 'text' && !o.nullData;
    const reader = new LineReader(input, this.ctx.proc, this.eol, detect ? (c) => (binary ||= c.includes('\0')) : undefined);
    // -c, -l, -L and -q print no lines; neither does a binary file.
    const quietOutput = o.count || o.list !== 'none' || o.quiet;
    const stopAtFirst = o.list !== 'none' || o.quiet;
    const width = o.initialTab ? (t.size === null ? 19 : String(t.size).length) : 0;
    const fields = (l: Numbered): HeadFields => ({
      name: this.showName() ? t.name : null,
      line: o.lineNumber ? l.n : null,
      offset: o.byteOffset ? l.offset : null,
      width,
      tab: o.initialTab,
    });
    let count = 0;
    let lastOut = 0;
    let pending = 0;
    const held: Numbered[] = [];
    let n = 0;
    const print = (l: Numbered, sep: ':' | '-') => {
      const matching = (sep === ':') !== o.invert;
      this.out.line(l.text, this.eol, fields(l), sep, matching, o.onlyMatching, o.invert, this.matcher);
      lastOut = l.n;
    };
    try {
      for (;;) {
        if (count >= o.maxCount && pending === 0) break;
        const raw = await reader.next();
        if (raw === null) break;
        await this.ctx.tick();
        if (binary && o.binaryFiles === 'without-match') return { count: 0, binary: false };
        // In a binary file NUL bytes end lines too (grep's nul_zapper), which -c can see.
        const parts = binary && raw.text.includes('\0') ? raw.text.split('\0') : [raw.text];
        for (const text of parts) {
          const l: Numbered = { text, terminated: raw.terminated, offset: raw.offset, n: ++n };
          if (count >= o.maxCount) {
            if (pending > 0 && !binary && !quietOutput) {
              print(l, '-');
              pending--;
            }
            continue;
          }
          const selected = this.matcher.test(text) !== o.invert;
          if (!selected) {
            if (pending > 0 && !binary && !quietOutput) {
              print(l, '-');
              pending--;
            } else if (this.before > 0) {
              held.push(l);
              if (held.length > this.before) held.shift();
            }
            continue;
          }
          count++;
          if (stopAtFirst) break;
          if (binary || quietOutput) continue;
          const lead = held.filter((h) => h.n > lastOut);
          const first = lead.length ? lead[0]!.n : l.n;
          if (this.contextOn && this.used && o.groupSeparator !== null && (lastOut === 0 || first !== lastOut + 1)) this.out.groupSeparator(o.groupSeparator);
          for (const h of lead) print(h, '-');
          held.length = 0;
          print(l, ':');
          this.used = true;
          pending = this.after;
          await this.out.flush();
        }
        if (stopAtFirst && count > 0) break;
      }
    } finally {
      reader.close();
    }
    return { count, binary };
  }
}
