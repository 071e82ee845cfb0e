import { FsError } from '../../../kernel/fs/errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { busyboxUsage } from './busybox-usage.ts';
import { looksLikeExpression, parseExpression } from './find-parse.ts';
import { evaluate, FindUsage, type FindEnv, type Node, type Visit } from './find-types.ts';
import { IdNames } from './id-names.ts';
import { quoteaf } from './quote.ts';
import { joinName, statPath } from './stat-path.ts';

/**
 * find walks each starting point depth-first. Directory entries come in the order the model's
 * filesystem returns them (creation order); GNU find does not sort either, but a real ext4 or
 * tmpfs returns hash or reverse order, so only sorted output is comparable across systems.
 */
class Walker {
  constructor(
    private readonly env: FindEnv,
    private readonly tree: Node,
  ) {}

  private get ctx(): AppletContext {
    return this.env.ctx;
  }

  private async fail(path: string, e: FsError): Promise<void> {
    const shown = this.ctx.flavor === 'busybox' ? path : quoteaf(path);
    await this.ctx.stderr.write(`${this.ctx.name}: ${shown}: ${e.text}\n`);
    this.env.status = 1;
  }

  /** stat per -P/-H/-L; a dangling symlink falls back to its lstat. */
  private look(path: string, top: boolean) {
    const follow = this.env.follow === 'L' || (this.env.follow === 'H' && top);
    if (!follow) return { ps: statPath(this.ctx.fs, path, false), followed: false };
    try {
      return { ps: statPath(this.ctx.fs, path, true), followed: true };
    } catch (e) {
      if (!(e instanceof FsError) || (e.code !== 'ENOENT' && e.code !== 'ELOOP')) throw e;
      return { ps: statPath(this.ctx.fs, path, false), followed: false };
    }
  }

  async start(path: string): Promise<void> {
    let found;
    try {
      found = this.look(path, true);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await this.fail(path, e);
      return;
    }
    const name = path === '/' || /^\/+$/.test(path) ? '/' : path.replace(/\/+$/, '').split('/').pop()!;
    const v: Visit = { path, name, start: path, depth: 0, st: found.ps.st, followed: found.followed, fstype: found.ps.fstype, blocks: found.ps.blocks };
    await this.visit(v, found.ps.st.dev, []);
  }

  private async visit(v: Visit, rootDev: number, ancestors: string[]): Promise<void> {
    const env = this.env;
    if (env.quit) return;
    await this.ctx.tick();
    env.prune = false;
    const act = v.depth >= env.mindepth;
    if (act && !env.depthFirst) await evaluate(this.tree, v, env);
    const pruned = env.prune && !env.depthFirst;
    if (v.st.type === 'dir' && v.depth < env.maxdepth && !pruned && !env.quit && !(env.xdev && v.st.dev !== rootDev)) {
      const key = `${v.st.dev}:${v.st.ino}`;
      if (v.followed && ancestors.includes(key)) {
        await this.ctx.stderr.write(`${this.ctx.name}: File system loop detected; ${quoteaf(v.path)} is part of the same file system loop as ${quoteaf(v.path)}.\n`);
        env.status = 1;
      } else await this.children(v, rootDev, [...ancestors, key]);
    }
    if (act && env.depthFirst && !env.quit) await evaluate(this.tree, v, env);
  }

  private async children(v: Visit, rootDev: number, ancestors: string[]): Promise<void> {
    let names: string[];
    try {
      names = this.ctx.fs.readdir(v.path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await this.fail(v.path, e);
      return;
    }
    for (const name of names) {
      if (this.env.quit) return;
      const path = joinName(v.path, name);
      let found;
      try {
        found = this.look(path, false);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        await this.fail(path, e);
        continue;
      }
      const child: Visit = { path, name, start: v.start, depth: v.depth + 1, st: found.ps.st, followed: found.followed, fstype: found.ps.fstype, blocks: found.ps.blocks };
      await this.visit(child, rootDev, ancestors);
    }
  }
}

const find: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const env: FindEnv = {
      ctx, follow: 'P', now: ctx.kernel.clock.now, ids: new IdNames(ctx.fs), status: 0, quit: false, prune: false, depthFirst: false,
      maxdepth: Infinity, mindepth: 0, xdev: false, widths: { inode: 9, blocks: 6, nlink: 3, owner: 8, group: 8, size: 8, major: 3, minor: 3 }, flushers: [],
    };
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-H' || a === '-L' || a === '-P') env.follow = a[1] as 'H' | 'L' | 'P';
      else if (a === '-D') i++;
      else if (/^-O\d*$/.test(a)) continue;
      else if (a === '--') {
        i++;
        break;
      } else break;
    }
    const starts: string[] = [];
    while (i < args.length && !looksLikeExpression(args[i]!, true)) starts.push(args[i++]!);
    const warnings: string[] = [];
    let tree: Node;
    try {
      tree = parseExpression(args.slice(i), env, warnings).tree;
    } catch (e) {
      if (!(e instanceof FindUsage)) throw e;
      if (ctx.flavor === 'busybox' && e.message.startsWith('unknown predicate')) return busyboxUsage(ctx, `unrecognized: ${e.message.slice(19, -1)}`);
      await ctx.stderr.write(`${ctx.name}: ${e.message}\n`);
      return 1;
    }
    for (const w of warnings) await ctx.stderr.write(`${ctx.name}: ${w}\n`);
    const walker = new Walker(env, tree);
    for (const s of starts.length ? starts : ['.']) {
      if (env.quit) break;
      if (s === '') {
        await ctx.stderr.write(`${ctx.name}: '': No such file or directory\n`);
        env.status = 1;
        continue;
      }
      await walker.start(s);
    }
    for (const f of env.flushers) await f();
    return env.status;
  },
};
export default find;
