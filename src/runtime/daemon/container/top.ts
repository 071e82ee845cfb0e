import { cgroupsOf } from '../../kernel/cgroup/system.ts';
import { FdTable, OpenFile } from '../../kernel/proc/fd-table.ts';
import { statusCode } from '../../kernel/proc/process.ts';
import { CollectOut, NullIn } from '../../kernel/stream.ts';
import type { Host } from '../../host.ts';
import { DaemonError } from '../errors.ts';
import type { Container } from './container.ts';

export interface TopResult {
  titles: string[];
  processes: string[][];
}

/** Host pids of the container's processes (containerd's ListPids: its cgroup's members). */
export function containerPids(host: Host, c: Container): number[] {
  const system = cgroupsOf(host.kernel);
  for (const key of ['pids', 'memory', 'cpu', 'freezer']) {
    try {
      return system.read(key, `/docker/${c.id}`, 'cgroup.procs').split('\n').filter(Boolean).map(Number);
    } catch {
      // hierarchy not mounted here: try the next
    }
  }
  return c.proc ? [c.proc.id] : [];
}

/** Runs the host's ps as the daemon does (root, outside the container), collecting its output. */
async function runPs(host: Host, args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out = new CollectOut();
  const err = new CollectOut();
  const fds = new FdTable();
  fds.set(0, new OpenFile(new NullIn(), null, '/dev/null'));
  fds.set(1, new OpenFile(null, out, 'pipe:[ps]'));
  fds.set(2, new OpenFile(null, err, 'pipe:[ps-err]'));
  const env = new Map([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ['LANG', 'C']]);
  const proc = host.execvp(host.init, ['ps', ...args], env, fds);
  if ('error' in proc) return { status: proc.status, out: '', err: `exec: "ps": executable file not found in $PATH` };
  const status = await proc.exited;
  return { status: statusCode(status), out: out.text(), err: err.text() };
}

/** psArgs the engine refuses before running anything. */
function validatePsArgs(psArgs: string): void {
  // A renamed PID column (`-o pid=PID`) is the only header rename that keeps the PID field findable.
  for (const m of psArgs.matchAll(/\s+(\S*)=\s*(PID\S*)/g)) {
    if (m[1] !== 'pid') throw new DaemonError(`specifying "${m[1]}=${m[2]}" is not allowed`, 400);
  }
}

/**
 * GET /containers/{id}/top: `ps ARGS -q PIDS` on the host (or plain `ps ARGS` if ps refuses -q),
 * keeping the rows whose PID belongs to the container (and the thread rows after them).
 */
export async function containerTop(host: Host, c: Container, psArgs: string): Promise<TopResult> {
  const argsText = psArgs === '' ? '-ef' : psArgs;
  validatePsArgs(argsText);
  if (!c.state.Running) throw new DaemonError(`Container ${c.id} is not running`, 409);
  if (c.state.Restarting) throw new DaemonError(`Container ${c.id} is restarting, wait until the container is running`, 409);
  const pids = containerPids(host, c);
  const args = argsText.split(' ');
  let r = await runPs(host, [...args, '-q', pids.join(',')]);
  if (r.status !== 0) {
    r = await runPs(host, args);
    if (r.status !== 0) {
      const first = r.err.split('\n')[0];
      throw new DaemonError(`ps: ${first || `exit status ${r.status}`}`, 500);
    }
  }
  return parsePsOutput(r.out, pids);
}

function parsePsOutput(output: string, pids: number[]): TopResult {
  const lines = output.split('\n');
  const titles = (lines[0] ?? '').trim().split(/\s+/).filter(Boolean);
  const pidIndex = titles.indexOf('PID');
  if (pidIndex < 0) throw new DaemonError("Couldn't find PID field in ps output", 500);
  const processes: string[][] = [];
  const add = (fields: string[]) => processes.push([...fields.slice(0, titles.length - 1), fields.slice(titles.length - 1).join(' ')]);
  let previousContained = false;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const fields = line.trim().split(/\s+/);
    const pid = fields[pidIndex] ?? '';
    if (pid === '-') {
      if (previousContained) add(fields);
      continue;
    }
    if (!/^-?\d+$/.test(pid)) throw new DaemonError(`Unexpected pid '${pid}': strconv.Atoi: parsing "${pid}": invalid syntax`, 500);
    previousContained = pids.includes(Number(pid));
    if (previousContained) add(fields);
  }
  return { titles, processes };
}
