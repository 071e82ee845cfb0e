import type { AppletContext } from '../../shell/applets/types.ts';
import { BuildContext } from './context.ts';

/** A client-side failure (`unable to prepare context: …`), printed without the daemon prefix. */
export class PrepareError extends Error {}

export interface BuildInput {
  context: BuildContext;
  dockerfile: string;
  /** The Dockerfile's name as the engine sees it (texts like `the Dockerfile (Dockerfile) cannot be empty`). */
  fileName: string;
}

const abs = (cwd: string, p: string) => (p.startsWith('/') ? p : `${cwd === '/' ? '' : cwd}/${p}`);

/**
 * What the CLI sends: the context directory (or none for `-`), and the Dockerfile from `-f`
 * (relative to the current directory), `-f -` / `-` (stdin), or PATH/Dockerfile.
 */
export async function readBuildInput(ctx: AppletContext, path: string, file: string): Promise<BuildInput> {
  const fs = ctx.fs;
  if (path === '-') {
    if (file === '-') throw new PrepareError('invalid argument: can\'t use stdin for both build context and dockerfile');
    const data = await ctx.stdin.readAll();
    if (data.length >= 512 && data.slice(257, 262) === 'ustar') throw new PrepareError('a build context as a tar stream on stdin is not supported in the lab yet (give a directory)');
    return { context: BuildContext.empty(fs), dockerfile: data, fileName: 'Dockerfile' };
  }
  const remote = /^(https?):\/\/([^/:]+)/.exec(path);
  // The model has no network: a remote context fails as an unreachable host does.
  if (remote) throw new PrepareError(`unable to prepare context: unable to download remote context ${path}: Get "${path}": dial tcp: lookup ${remote[2]}: no such host`);
  const cwd = ctx.proc.cwd;
  const dir = abs(cwd, path);
  let isDir = false;
  try {
    isDir = fs.stat(dir).type === 'dir';
  } catch {
    throw new PrepareError(`unable to prepare context: path "${path}" not found`);
  }
  if (!isDir) throw new PrepareError(`unable to prepare context: unable to evaluate symlinks in context path: ${path} is not a directory`);
  const root = fs.realpath(dir);
  const context = new BuildContext(fs, root);
  if (file === '-') return { context, dockerfile: await ctx.stdin.readAll(), fileName: 'Dockerfile' };
  let df = `${root === '/' ? '' : root}/Dockerfile`;
  if (file) {
    const full = abs(cwd, file);
    const parent = full.slice(0, full.lastIndexOf('/')) || '/';
    let dirReal = parent;
    try {
      dirReal = fs.realpath(parent);
    } catch {
      // reported below as the missing Dockerfile
    }
    df = `${dirReal === '/' ? '' : dirReal}/${full.slice(full.lastIndexOf('/') + 1)}`;
  }
  let text: string;
  try {
    text = fs.readFile(df);
  } catch {
    throw new PrepareError(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${df}: no such file or directory`);
  }
  const inside = df.startsWith(`${root === '/' ? '' : root}/`);
  return { context, dockerfile: text, fileName: inside ? df.slice(root.length + (root === '/' ? 0 : 1)) : 'Dockerfile' };
}
