import type { Process } from '../../kernel/proc/process.ts';
import { statusCode } from '../../kernel/proc/process.ts';
import { SIGNAL_DESCRIPTIONS } from '../../kernel/proc/signals.ts';

export interface Job {
  id: number;
  procs: Process[];
  command: string;
  /** Reported as Done/Exit/killed already (bash prints each finished job once). */
  notified: boolean;
}

export type JobState = 'Running' | 'Stopped' | 'Done';

/** bash's job table: `%1`, `jobs`, the `[1]+ Done` notices. */
export class JobTable {
  private list: Job[] = [];

  add(procs: Process[], command: string): Job {
    const id = this.list.length === 0 ? 1 : Math.max(...this.list.map((j) => j.id)) + 1;
    const job: Job = { id, procs, command, notified: false };
    this.list.push(job);
    return job;
  }

  all(): Job[] {
    return [...this.list];
  }

  get(id: number): Job | undefined {
    return this.list.find((j) => j.id === id);
  }

  byPid(pid: number): Job | undefined {
    return this.list.find((j) => j.procs.some((p) => p.pid === pid));
  }

  remove(job: Job): void {
    this.list = this.list.filter((j) => j !== job);
  }

  /** The `+` job (most recent) and `-` job (the one before). */
  current(): Job | undefined {
    return this.list[this.list.length - 1];
  }
  previous(): Job | undefined {
    return this.list[this.list.length - 2];
  }

  static state(job: Job): JobState {
    if (job.procs.every((p) => !p.alive)) return 'Done';
    if (job.procs.some((p) => p.stopped)) return 'Stopped';
    return 'Running';
  }

  /** The status column of `jobs`: `Running`, `Done`, `Exit 3`, `Terminated`, `Killed`. */
  static statusText(job: Job): string {
    const st = JobTable.state(job);
    if (st !== 'Done') return st;
    const last = job.procs[job.procs.length - 1]!;
    const s = last.exitStatus!;
    if (s.signal !== undefined) return (SIGNAL_DESCRIPTIONS[s.signal] ?? `Signal ${s.signal}`) + (s.core ? ' (core dumped)' : '');
    const code = statusCode(s);
    return code === 0 ? 'Done' : `Exit ${code}`;
  }

  marker(job: Job): string {
    if (job === this.current()) return '+';
    if (job === this.previous()) return '-';
    return ' ';
  }

  /** `[1]+  Done                    sleep 1` lines, padded as bash pads them. */
  format(job: Job, withPid = false): string {
    const head = `[${job.id}]${this.marker(job)}  ${withPid ? `${job.procs[0]!.pid} ` : ''}`;
    return `${head}${JobTable.statusText(job).padEnd(24)}${job.command}`;
  }

  snapshotIds(): number[] {
    return this.list.map((j) => j.id);
  }
}
