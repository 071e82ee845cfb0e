import * as fs from 'node:fs';
import * as path from 'node:path';
import { Host } from '../runtime/host.ts';
import { loadEnginePersistence } from '../runtime/persist/engine-hook.ts';
import { ImageError, restoreHost, saveHost } from '../runtime/persist/host-image.ts';
import { ShellSession } from '../runtime/session.ts';
import { parseScript } from '../runtime/shell/parse/parse.ts';
import { LineSplitter } from './line-splitter.ts';
import { loadState, saveState, setAside, stateFile } from './state-store.ts';

export interface ExecOptions {
  json?: boolean;
  workdir?: string;
  fresh?: boolean;
  seed?: string;
}

/** Bytes in the model are one char per byte; the outside world gets UTF-8 text. */
export const toUtf8 = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('utf8');
const fromUtf8 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new UsageError('lab exec: no input: give a FILE of command lines, or pipe them in (`echo "ls" | lab exec`)');
    return fs.readFileSync(0, 'utf8');
  }
  return fs.readFileSync(file, 'utf8');
}

export class UsageError extends Error {}

/** Opens the workspace's host: the saved one, or a fresh one. Reports a corrupt state on stderr. */
export async function openWorkspace(workdir: string, fresh: boolean, seed: number | undefined): Promise<{ host: Host; session: ShellSession; file: string }> {
  const file = stateFile(workdir);
  const sessionOptions = { interactive: false, tty: false };
  const hostOptions = { workspace: workdir, seed };
  if (!fresh) {
    const loaded = loadState(file);
    if (loaded.kind === 'corrupt') process.stderr.write(`lab: the saved lab state could not be read (${loaded.reason}); it was kept as ${loaded.movedTo} and a fresh host was started\n`);
    if (loaded.kind === 'ok') {
      if (loaded.image?.engine) await loadEnginePersistence();
      try {
        return { ...restoreHost(loaded.image, hostOptions, sessionOptions), file };
      } catch (e) {
        // Any failure to rebuild the host means the file does not describe one we can continue.
        const reason = e instanceof ImageError ? e.message : `the saved lab state is damaged (${(e as Error).message})`;
        const moved = setAside(file, reason);
        if (moved.kind === 'corrupt') process.stderr.write(`lab: ${reason}; it was kept as ${moved.movedTo} and a fresh host was started\n`);
      }
    }
  }
  const host = new Host({ ...hostOptions, seed: seed ?? 1 });
  return { host, session: new ShellSession(host, sessionOptions), file };
}

export async function runExec(file: string | undefined, opts: ExecOptions): Promise<number> {
  const workdir = path.resolve(opts.workdir ?? process.cwd());
  if (!fs.existsSync(workdir) || !fs.statSync(workdir).isDirectory()) throw new UsageError(`lab exec: --workdir ${workdir}: not a directory`);
  const seed = opts.seed === undefined ? undefined : Number(opts.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`lab exec: --seed ${opts.seed}: not an integer`);
  const input = readInput(file);
  const { host, session, file: state } = await openWorkspace(workdir, opts.fresh === true, seed);
  const lines = new LineSplitter(fromUtf8(input));
  let last = 0;
  for (let cmd = lines.next(); cmd !== null; cmd = lines.next()) {
    const parsed = parseScript(cmd);
    if (!parsed.error && parsed.script.commands.length === 0) continue;
    session.setPendingInput(lines.rest());
    const r = await session.run(cmd);
    lines.replaceRest(session.remainingInput());
    last = r.exit;
    const out = { cmd: toUtf8(r.cmd), stdout: toUtf8(r.stdout), stderr: toUtf8(r.stderr), exit: r.exit };
    if (opts.json) process.stdout.write(`${JSON.stringify(out)}\n`);
    else {
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
    }
  }
  saveState(state, saveHost(host, session));
  return opts.json ? 0 : last;
}
