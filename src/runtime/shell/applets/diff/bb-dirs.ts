import type { Stat } from '../../../kernel/fs/types.ts';
import type { AppletContext } from '../types.ts';

/** Every path below `root`, relative, with its stat; directories too (busybox's recursive listing). */
function walk(ctx: AppletContext, root: string, rel: string, out: Map<string, Stat>): void {
  const dir = rel === '' ? root : `${root}/${rel}`;
  for (const name of ctx.fs.readdir(dir)) {
    if (name === '.' || name === '..') continue;
    const r = rel === '' ? name : `${rel}/${name}`;
    const st = ctx.fs.stat(`${root}/${r}`);
    out.set(r, st);
    if (st.type === 'dir') walk(ctx, root, r, out);
  }
}

/**
 * busybox diff -r: one sorted walk over both trees. A directory present on one side only is
 * passed over silently with everything below it; a file on one side only is reported (or, with
 * -N, compared with /dev/null); a file facing a directory counts as present on its side only.
 */
export async function busyboxTreeDiff(
  ctx: AppletContext,
  roots: [string, string],
  newFile: boolean,
  compare: (p0: string, p1: string, st0: Stat | null, st1: Stat | null) => Promise<number>,
): Promise<number> {
  const trees = [new Map<string, Stat>(), new Map<string, Stat>()];
  walk(ctx, roots[0], '', trees[0]!);
  walk(ctx, roots[1], '', trees[1]!);
  const all = [...new Set([...trees[0]!.keys(), ...trees[1]!.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const oneSided: string[] = [];
  let status = 0;
  for (const rel of all) {
    await ctx.tick(1);
    if (!newFile && oneSided.some((d) => rel.startsWith(`${d}/`))) continue;
    const st0 = trees[0]!.get(rel) ?? null;
    const st1 = trees[1]!.get(rel) ?? null;
    const d0 = st0?.type === 'dir';
    const d1 = st1?.type === 'dir';
    if (d0 && d1) continue;
    if (d0 || d1) {
      oneSided.push(rel);
      const fileSide = d0 ? 1 : 0;
      if (!(d0 ? st1 : st0)) continue;
      if (newFile) {
        status = Math.max(status, await compare(fileSide ? '/dev/null' : `${roots[0]}/${rel}`, fileSide ? `${roots[1]}/${rel}` : '/dev/null', fileSide ? null : st0, fileSide ? st1 : null));
        continue;
      }
      await report(ctx, roots[fileSide]!, rel);
      status = 1;
      continue;
    }
    if (st0 && st1) status = Math.max(status, await compare(`${roots[0]}/${rel}`, `${roots[1]}/${rel}`, st0, st1));
    else if (newFile) status = Math.max(status, await compare(st0 ? `${roots[0]}/${rel}` : '/dev/null', st1 ? `${roots[1]}/${rel}` : '/dev/null', st0, st1));
    else {
      await report(ctx, roots[st0 ? 0 : 1]!, rel);
      status = 1;
    }
  }
  return status;
}

async function report(ctx: AppletContext, root: string, rel: string): Promise<void> {
  const cut = rel.lastIndexOf('/');
  const dir = cut < 0 ? root : `${root}/${rel.slice(0, cut)}`;
  await ctx.stdout.write(`Only in ${dir}: ${rel.slice(cut + 1)}\n`);
}
