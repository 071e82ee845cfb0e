import { Host } from '../runtime/host.ts';
import { ShellSession, type SessionOptions } from '../runtime/session.ts';
import { fillParams } from './lesson/params.ts';
import type { Lesson, Setup } from './lesson/types.ts';

/** Something the lab cannot do yet, said plainly instead of pretending. */
export class NotBuiltError extends Error {
  override name = 'NotBuiltError';
}

/** A lesson's setup that does not apply cleanly (a bad image name, a `run` line that fails). */
export class SetupError extends Error {
  override name = 'SetupError';
}

export interface TerminalIo {
  sink: { out: (s: string) => void; err: (s: string) => void };
  liveInput: () => Promise<string | null>;
  interactive: boolean;
  tty: boolean;
  /** Output collected since the last take (the session writes only through `sink`). */
  take(): { stdout: string; stderr: string };
}

/** The host options of every lab host: /root lives in the model (snapshots and undo cover it). */
export function hostOptions(seed: number) {
  return { seed, workspace: null, dockerImages: 'none' as const };
}

export function sessionOptions(io: TerminalIo): SessionOptions {
  return { interactive: io.interactive, tty: io.tty, sink: io.sink, liveInput: io.liveInput, lang: io.tty ? 'C.UTF-8' : 'C' };
}

/** A fresh host for an exercise: the lesson's setup, then the exercise's, parameters filled in. */
export async function freshExerciseHost(lesson: Lesson, setups: Setup[], params: Record<string, string>, seed: number, io: TerminalIo): Promise<{ host: Host; session: ShellSession }> {
  if (lesson.host !== 'ubuntu') throw new NotBuiltError(`lesson ${lesson.id}: host "${lesson.host}" is not built yet (only ubuntu hosts exist for now)`);
  const host = new Host(hostOptions(seed));
  const session = new ShellSession(host, sessionOptions(io));
  for (const setup of setups) await applySetup(host, session, setup, params, io);
  io.take();
  return { host, session };
}

/**
 * Images are pulled through the engine (as `docker pull`), files written in the model, `run`
 * lines run in the student's shell; all silently, and any failure stops the exercise loudly.
 */
async function applySetup(host: Host, session: ShellSession, setup: Setup, params: Record<string, string>, io: TerminalIo): Promise<void> {
  const mustRun = async (line: string, what: string) => {
    io.take();
    const r = await session.run(line);
    const { stderr } = io.take();
    if (r.exit !== 0) throw new SetupError(`${what}: \`${line}\` exited ${r.exit}${stderr ? `: ${stderr.trim()}` : ''}`);
  };
  for (const image of setup.images) await mustRun(`docker pull -q ${fillParams(image, params)}`, 'setup.images');
  const vfs = host.vfs();
  for (const [rawPath, content] of Object.entries(setup.files)) {
    const p = expandHome(fillParams(rawPath, params));
    mkdirs(vfs, p.slice(0, p.lastIndexOf('/')) || '/');
    // The model keeps bytes (one char per byte); lesson files are UTF-8 text.
    vfs.writeFile(p, Buffer.from(fillParams(content, params), 'utf8').toString('latin1'));
  }
  for (const line of setup.run) await mustRun(fillParams(line, params), 'setup.run');
}

export const expandHome = (p: string): string => (p === '~' ? '/root' : p.startsWith('~/') ? `/root/${p.slice(2)}` : p);

function mkdirs(vfs: ReturnType<Host['vfs']>, dir: string): void {
  let at = '';
  for (const part of dir.split('/').filter(Boolean)) {
    at += `/${part}`;
    if (!vfs.exists(at)) vfs.mkdir(at, 0o755);
  }
}
