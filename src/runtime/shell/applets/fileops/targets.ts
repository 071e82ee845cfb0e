import { errText, qa, usageError } from '../errors.ts';
import { OptError } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { joinName, lastComponent } from './paths.ts';

/** How cp/mv/ln/install decide between "SRC DEST" and "SRC... DIRECTORY". */
export type Targets = { kind: 'pair'; src: string; dst: string } | { kind: 'dir'; dir: string; srcs: string[] };

/** Each source with the destination it goes to (DIRECTORY/basename in the directory form). */
export function targetPairs(t: Targets): [src: string, dst: string][] {
  return t.kind === 'pair' ? [[t.src, t.dst]] : t.srcs.map((s) => [s, joinName(t.dir, lastComponent(s))]);
}

/** Exit status to return instead of targets, after the message was printed. */
export class TargetFailure {
  constructor(readonly status: number) {}
}

async function die(ctx: AppletContext, msg: string): Promise<TargetFailure> {
  await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  return new TargetFailure(1);
}

const isDir = (ctx: AppletContext, p: string, noDeref = false): boolean => {
  try {
    if (noDeref && ctx.fs.lstat(p).type === 'symlink') return false;
    return ctx.fs.stat(p).type === 'dir';
  } catch {
    return false;
  }
};

/**
 * The operand checks of coreutils' do_copy / movefile / do_link, with their messages.
 * `allowSingle` is ln's "one operand links into the current directory".
 */
export async function resolveTargets(
  ctx: AppletContext,
  operands: string[],
  targetDir: string | undefined,
  noTarget: boolean,
  how: { allowSingle?: boolean; noDeref?: boolean; ln?: boolean; install?: boolean } = {},
): Promise<Targets | TargetFailure> {
  const { allowSingle = false, noDeref = false } = how;
  const n = operands.length;
  if (n <= (targetDir !== undefined || allowSingle ? 0 : 1)) {
    if (n === 0) return new TargetFailure(await usageError(ctx, new OptError('missing file operand')));
    return new TargetFailure(await usageError(ctx, new OptError(`missing destination file operand after ${qa(operands[0]!)}`)));
  }
  if (noTarget) {
    if (targetDir !== undefined) return die(ctx, 'cannot combine --target-directory (-t) and --no-target-directory (-T)');
    if (n > 2) return new TargetFailure(await usageError(ctx, new OptError(`extra operand ${qa(operands[2]!)}`)));
    if (n === 1) return new TargetFailure(await usageError(ctx, new OptError(`missing destination file operand after ${qa(operands[0]!)}`)));
    return { kind: 'pair', src: operands[0]!, dst: operands[1]! };
  }
  if (targetDir !== undefined) {
    try {
      if (ctx.fs.stat(targetDir).type !== 'dir') {
        if (how.install) return die(ctx, `failed to access ${qa(targetDir)}: Not a directory`);
        return die(ctx, how.ln ? `target ${qa(targetDir)} is not a directory` : `target directory ${qa(targetDir)}: Not a directory`);
      }
    } catch (e) {
      return die(ctx, how.ln || how.install ? `failed to access ${qa(targetDir)}: ${errText(e)}` : `target directory ${qa(targetDir)}: ${errText(e)}`);
    }
    return { kind: 'dir', dir: targetDir, srcs: operands };
  }
  if (n === 1) return { kind: 'dir', dir: '.', srcs: operands };
  const last = operands[n - 1]!;
  if (isDir(ctx, last, noDeref)) return { kind: 'dir', dir: last, srcs: operands.slice(0, -1) };
  if (n > 2) {
    try {
      ctx.fs.stat(last);
      return die(ctx, `target ${qa(last)}: Not a directory`);
    } catch (e) {
      return die(ctx, `target ${qa(last)}: ${errText(e)}`);
    }
  }
  return { kind: 'pair', src: operands[0]!, dst: last };
}
