import { BuildContext } from '../../build/context.ts';
import { PodmanError, type PodmanCall } from '../call.ts';

export interface PodmanBuildInput {
  context: BuildContext;
  /** The context directory as podman names it in errors (absolute, cleaned, symlinks kept). */
  contextDir: string;
  /** The Containerfile's text. */
  text: string;
}

/** filepath.Abs: joined to the working directory and cleaned (`.`/`..` resolved lexically). */
export function absPath(cwd: string, p: string): string {
  const parts: string[] = [];
  for (const seg of (p.startsWith('/') ? p : `${cwd}/${p}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

const join = (dir: string, name: string) => `${dir === '/' ? '' : dir}/${name}`;

/**
 * podman's build front (cmd/podman/images/build.go, then buildah's BuildDockerfiles): the context
 * is the argument, or without one the directory of the first -f file; without -f the context's
 * Containerfile, else its Dockerfile. A relative -f is taken from the working directory when it
 * exists there, else from the context directory.
 */
export function readPodmanInput(call: PodmanCall, files: string[]): PodmanBuildInput {
  const fs = call.ctx.fs;
  const cwd = call.ctx.proc.cwd;
  const exists = (p: string) => {
    try {
      fs.stat(p);
      return true;
    } catch {
      return false;
    }
  };
  if (files.length > 1) throw new PodmanError('several -f files (concatenated by podman) are not supported in the lab yet');
  if (files[0] === '-') throw new PodmanError('a Containerfile on stdin (-f -) is not supported in the lab yet');
  const arg = call.args[0];
  if (/^(https?|git):\/\//.test(arg ?? files[0] ?? '')) throw new PodmanError('a remote build context is not supported in the lab yet (the lab has no network)');
  let file = files[0] === undefined ? undefined : files[0].startsWith('/') || !exists(absPath(cwd, files[0])) ? files[0] : absPath(cwd, files[0]);
  let contextDir: string;
  if (arg !== undefined) contextDir = absPath(cwd, arg);
  else if (file !== undefined) contextDir = absPath(cwd, file).replace(/\/[^/]*$/, '') || '/';
  else throw new PodmanError('no context directory and no Containerfile specified');
  let isDir = false;
  try {
    isDir = fs.stat(contextDir).type === 'dir';
  } catch {
    // reported below, as podman does for a missing path too
  }
  if (!isDir) throw new PodmanError(`context must be a directory: "${contextDir}"`);
  if (file === undefined) {
    const containerfile = join(contextDir, 'Containerfile');
    file = exists(containerfile) ? containerfile : join(contextDir, 'Dockerfile');
  } else if (!file.startsWith('/')) file = absPath(contextDir, file);
  let text: string;
  try {
    text = fs.readFile(file);
  } catch {
    throw new PodmanError(`stat ${file}: no such file or directory`);
  }
  if (text === '') throw new PodmanError(`no contents in "${file}"`);
  return { context: new BuildContext(fs, fs.realpath(contextDir)), contextDir, text };
}
