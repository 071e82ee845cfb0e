import { FsError } from '../../../kernel/fs/errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { humanReadable } from './human.ts';
import { IdNames } from './id-names.ts';
import { LsColors } from './ls-color.ts';
import { gobble, ignored, type LsEntry, sortEntries, type StatNeeds, statNeeds } from './ls-entries.ts';
import { type Cell, horizontal, separated, vertical } from './ls-layout.ts';
import { blocksText, computeWidths, longLine } from './ls-long.ts';
import { NameRenderer } from './ls-name.ts';
import { type LsConfig, parseLsOptions } from './ls-options.ts';
import { busyboxColumns, busyboxLongLine, busyboxPrefix, busyboxTotal } from './ls-busybox.ts';
import { quoteaf } from './quote.ts';
import { joinName } from './stat-path.ts';

interface Pending {
  path: string;
  cmdline: boolean;
  /** A marker: -R finished this directory (dev:ino) and its subdirectories. */
  leave?: string;
}

/** One ls run: the state ls.c keeps in globals. */
class Lister {
  status = 0;
  private first = true;
  private readonly ids: IdNames;
  private readonly names: NameRenderer;
  private readonly needs: StatNeeds;
  /** dev:ino of directories being listed by -R, to refuse loops. */
  private readonly active = new Set<string>();

  constructor(
    private readonly ctx: AppletContext,
    private readonly cfg: LsConfig,
  ) {
    this.ids = new IdNames(ctx.fs);
    const colors = cfg.color ? new LsColors(ctx.env.get('LS_COLORS')) : null;
    this.names = new NameRenderer(cfg, colors);
    this.needs = statNeeds(cfg, (k) => colors?.colored(k) ?? false);
  }

  private async problem(e: FsError | undefined, what: string, path: string, serious: boolean): Promise<void> {
    if (!e) return;
    if (this.cfg.busybox) {
      await this.ctx.stderr.write(`${this.ctx.name}: ${path}: ${e.text}\n`);
      this.status = 1;
      return;
    }
    await this.ctx.stderr.write(`${this.ctx.name}: ${what} ${quoteaf(path)}: ${e.text}\n`);
    if (serious) this.status = 2;
    else if (this.status === 0) this.status = 1;
  }

  async run(operands: string[]): Promise<number> {
    const { cfg } = this;
    const files: LsEntry[] = [];
    let pending: Pending[] = [];
    if (operands.length === 0) {
      if (cfg.directory) {
        const g = gobble(this.ctx, cfg, this.needs, '.', '.', true);
        if (g.entry) files.push(g.entry);
      } else pending.push({ path: '.', cmdline: true });
    }
    for (const op of operands) {
      const g = gobble(this.ctx, cfg, this.needs, op, op, true);
      await this.problem(g.problem, 'cannot access', op, true);
      if (g.entry) files.push(g.entry);
    }
    this.sort(files);
    const dirs = files.filter((e) => e.argDir);
    pending = [...dirs.map((d) => ({ path: d.name, cmdline: true })), ...pending];
    const shown = files.filter((e) => !e.argDir);
    let printDirName = true;
    if (shown.length > 0) {
      await this.print(shown);
      if (pending.length > 0) await this.out('\n');
    } else if (operands.length <= 1 && pending.length === 1) printDirName = false;
    while (pending.length > 0) {
      const d = pending.shift()!;
      if (d.leave !== undefined) {
        this.active.delete(d.leave);
        continue;
      }
      const sub = await this.listDir(d, printDirName);
      pending = [...sub, ...pending];
      printDirName = true;
      await this.ctx.tick();
    }
    return this.status;
  }

  private out(s: string): Promise<void> {
    return this.ctx.stdout.write(s);
  }

  private sort(entries: LsEntry[]): void {
    sortEntries(this.cfg, entries, (e) => this.names.width(e.name));
  }

  private async listDir(d: Pending, printName: boolean): Promise<Pending[]> {
    const { ctx, cfg } = this;
    let names: string[];
    let key = '';
    try {
      names = ctx.fs.readdir(d.path);
      const st = ctx.fs.stat(d.path);
      key = `${st.dev}:${st.ino}`;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await this.problem(e, 'cannot open directory', d.path, d.cmdline);
      return [];
    }
    if (cfg.recursive && this.active.has(key)) {
      await ctx.stderr.write(`${ctx.name}: not listing already-listed directory ${quoteaf(d.path)}\n`);
      this.status = 2;
      return [];
    }
    if (cfg.recursive || printName) {
      if (!this.first) await this.out('\n');
      this.first = false;
      await this.out(`${this.cfg.busybox ? d.path : this.names.quote(d.path)}:\n`);
    }
    const all = cfg.show === 'all' ? ['.', '..', ...names] : names;
    const entries: LsEntry[] = [];
    for (const name of all) {
      if (ignored(cfg, name)) continue;
      const path = d.path === '.' && !cfg.busybox ? name : joinName(d.path, name);
      const g = gobble(ctx, cfg, this.needs, name, path, false);
      await this.problem(g.problem, 'cannot access', path, false);
      if (g.entry) entries.push(g.entry);
      await ctx.tick();
    }
    this.sort(entries);
    if (cfg.format === 'long' || cfg.blocks) {
      const total = entries.reduce((s, e) => s + e.blocks, 0);
      await this.out(cfg.busybox ? busyboxTotal(cfg, total) : `total ${humanReadable(total, cfg.blockSize.opts, 512, cfg.blockSize.size)}\n`);
    }
    await this.print(entries);
    if (!cfg.recursive) return [];
    if (key) this.active.add(key);
    const subs = entries
      .filter((e) => e.type === 'dir' && e.st && e.name !== '.' && e.name !== '..')
      .map((e) => ({ path: joinName(d.path, e.name), cmdline: false }));
    // -R lists subdirectories below this one before its siblings; forget this one when done.
    return [...subs, { path: '', cmdline: false, leave: key }];
  }

  private async print(entries: LsEntry[]): Promise<void> {
    const { cfg } = this;
    const live = entries;
    this.names.startListing(live.map((e) => e.name));
    const w = computeWidths(cfg, this.ids, live);
    const eol = cfg.zero ? '\0' : '\n';
    const now = this.ctx.kernel.clock.now;
    if (cfg.format === 'long') {
      let s = '';
      for (const e of live) s += (cfg.busybox ? busyboxLongLine(cfg, this.ids, this.names, e, now) : longLine(cfg, this.ids, this.names, w, e, now)) + eol;
      await this.out(s);
      return;
    }
    const cells = live.map((e) => this.cell(e, w.inode, w.blocks));
    if (cfg.format === 'one') {
      await this.out(cells.map((c) => c.text + eol).join(''));
      return;
    }
    if (cfg.format === 'commas') await this.out(separated(cells, cfg.lineLength, ',', eol));
    else if (!cfg.lineLength) await this.out(separated(cells, 0, ' ', eol));
    else if (cfg.busybox) await this.out(busyboxColumns(cells, cfg));
    else await this.out(cfg.format === 'vertical' ? vertical(cells, cfg.lineLength, cfg.tabsize) : horizontal(cells, cfg.lineLength, cfg.tabsize));
  }

  /** print_file_name_and_frills / length_of_file_name_and_frills. */
  private cell(e: LsEntry, inodeW: number, blocksW: number): Cell & { nameWidth: number } {
    const { cfg } = this;
    const commas = cfg.format === 'commas';
    let pre = cfg.busybox ? busyboxPrefix(cfg, e) : '';
    if (cfg.busybox) {
      // busybox pads with fixed widths
    } else if (cfg.inode) pre += `${(e.st ? String(e.st.ino) : '?').padStart(commas ? 0 : inodeW)} `;
    if (cfg.blocks && !cfg.busybox) pre += `${blocksText(cfg, e).padStart(commas ? 0 : blocksW)} `;
    const ind = this.names.indicator(e);
    const nameWidth = this.names.width(e.name);
    return { text: pre + this.names.render(e) + ind, width: pre.length + nameWidth + ind.length, nameWidth };
  }
}

const ls: Applet = {
  async run(ctx) {
    const parsed = await parseLsOptions(ctx);
    if (typeof parsed === 'number') return parsed;
    return new Lister(ctx, parsed.cfg).run(parsed.operands);
  },
};
export default ls;
