import { indicatorChar, type LsColors } from './ls-color.ts';
import type { LsEntry } from './ls-entries.ts';
import type { LsConfig } from './ls-options.ts';
import { quotearg } from './quote.ts';

/** Names as ls prints them: quoting style, `?` for control chars, colour, type indicator. */
export class NameRenderer {
  /** Some name in the current listing is quoted: unquoted ones get a leading space to align. */
  someQuoted = false;
  private readonly align: boolean;
  private readonly too: string;

  constructor(
    private readonly cfg: LsConfig,
    readonly colors: LsColors | null,
  ) {
    const q = cfg.quoting;
    this.align = (cfg.format === 'long' || ((cfg.format === 'vertical' || cfg.format === 'horizontal') && cfg.lineLength > 0)) && (q === 'shell' || q === 'shell-escape' || q === 'c-maybe');
    // ls quotes the indicator characters (and blanks for -b) so names stay unambiguous.
    let too = q === 'escape' ? ' ' : '';
    if (cfg.indicator === 'file-type') too += '=>@|';
    if (cfg.indicator === 'classify') too += '*=>@|';
    this.too = too;
  }

  quote(name: string): string {
    if (this.cfg.busybox) return name.replace(/[^\x20-\x7e]/g, '?');
    let s = quotearg(name, this.cfg.quoting, this.too);
    const q = this.cfg.quoting;
    if (this.cfg.qmark && (q === 'literal' || q === 'shell' || q === 'shell-always')) s = s.replace(/[^\x20-\x7e]/g, '?');
    return s;
  }

  /** Resets the per-listing alignment state (cwd_some_quoted). */
  startListing(names: string[]): void {
    this.someQuoted = this.align && names.some((n) => this.quote(n) !== n);
  }

  private pad(name: string): boolean {
    return this.someQuoted && this.quote(name) === name;
  }

  /** Display width of the name (with its alignment pad), without indicator. */
  width(name: string): number {
    return this.quote(name).length + (this.pad(name) ? 1 : 0);
  }

  /** The name, coloured; for a link target, `target` selects the target's colour rules. */
  render(e: LsEntry, target = false): string {
    const name = target ? e.linkName! : e.name;
    const text = this.quote(name);
    const pad = !target && this.pad(name) ? ' ' : '';
    if (!this.colors) return pad + text;
    let code: string | null;
    if (target) code = this.colors.codeFor(name, e.linkSt ?? null, e.linkSt?.type ?? 'file', !!e.linkSt, true);
    else if (e.type === 'symlink' && e.linkSt && this.colors.linkAsTarget) code = this.colors.codeFor(name, e.linkSt, e.linkSt.type, true, false);
    else code = this.colors.codeFor(name, e.st, e.type, e.linkOk, false);
    return pad + this.colors.wrap(text, code);
  }

  indicator(e: LsEntry): string {
    return indicatorChar(this.cfg.indicator, e.st, e.type);
  }
}
