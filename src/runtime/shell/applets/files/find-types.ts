import type { Widths } from './ls-long.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { AppletContext } from '../types.ts';
import type { IdNames } from './id-names.ts';

/** One file as find visits it. */
export interface Visit {
  /** The path as printed: starting point, then `/name` per level. */
  path: string;
  /** Base name for -name (the starting point without trailing slashes). */
  name: string;
  start: string;
  depth: number;
  /** stat per -P/-H/-L; for a dangling link under -L/-H, its lstat. */
  st: Stat;
  /** Whether `st` came from following a symlink. */
  followed: boolean;
  fstype: string;
  blocks: number;
}

/** -ls keeps growing column widths across lines (findutils' listfile.c statics), the columns of ls -l. */
export type LsWidths = Widths;

export interface FindEnv {
  ctx: AppletContext;
  follow: 'P' | 'H' | 'L';
  /** Reference time for -mtime & co (ms). */
  now: number;
  ids: IdNames;
  status: number;
  quit: boolean;
  /** Set by -prune while evaluating the current file. */
  prune: boolean;
  depthFirst: boolean;
  maxdepth: number;
  mindepth: number;
  xdev: boolean;
  widths: LsWidths;
  /** `-exec … {} +` batches to flush at the end (or at -quit). */
  flushers: (() => Promise<void>)[];
}

export type Pred = (v: Visit, env: FindEnv) => boolean | Promise<boolean>;

export type Node =
  | { kind: 'pred'; name: string; run: Pred }
  | { kind: 'not'; e: Node }
  | { kind: 'and' | 'or' | 'comma'; l: Node; r: Node };

/** A usage error: find prints it and exits 1 before visiting anything. */
export class FindUsage extends Error {}

export async function evaluate(n: Node, v: Visit, env: FindEnv): Promise<boolean> {
  switch (n.kind) {
    case 'pred': return n.run(v, env);
    case 'not': return !(await evaluate(n.e, v, env));
    case 'and': return (await evaluate(n.l, v, env)) && !env.quit && evaluate(n.r, v, env);
    case 'or': return (await evaluate(n.l, v, env)) || (!env.quit && evaluate(n.r, v, env));
    case 'comma':
      await evaluate(n.l, v, env);
      return env.quit ? false : evaluate(n.r, v, env);
  }
}
