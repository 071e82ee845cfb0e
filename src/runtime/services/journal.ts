/**
 * The system journal: one entry per message, tagged with the unit it belongs to (what
 * `journalctl -u` filters on). systemd's own messages about a unit carry that unit too.
 */
export interface JournalEntry {
  /** Virtual-clock milliseconds. */
  time: number;
  hostname: string;
  /** SYSLOG_IDENTIFIER: `systemd`, `dockerd`, `containerd`... */
  ident: string;
  pid: number;
  unit: string | null;
  message: string;
  /** A catalog entry `journalctl -x` explains the message with. */
  catalog?: CatalogRef;
}

export interface CatalogRef {
  kind: 'start-ok' | 'start-failed' | 'stop-begin' | 'stop-done' | 'exited' | 'start-begin';
  unit: string;
  jobId?: number;
  status?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** journalctl's short format time: `Nov 23 08:00:00` (the model runs in UTC). */
export function shortTime(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** systemd's FORMAT_TIMESTAMP: `Mon 2026-11-23 08:00:00 UTC`. */
export function longTime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC`;
}

export function formatEntry(e: JournalEntry): string {
  return `${shortTime(e.time)} ${e.hostname} ${e.ident}[${e.pid}]: ${e.message}`;
}

/** The catalog text systemd's message catalog gives (`journalctl -x`), Ubuntu's support URL. */
export function catalogText(c: CatalogRef): string[] {
  const head = (subject: string) => [`Subject: ${subject}`, 'Defined-By: systemd', 'Support: http://www.ubuntu.com/support', ''];
  switch (c.kind) {
    case 'start-begin':
      return [...head(`A start job for unit ${c.unit} has begun execution`), `A start job for unit ${c.unit} has begun execution.`, '', `The job identifier is ${c.jobId}.`];
    case 'start-ok':
      return [...head(`A start job for unit ${c.unit} has finished successfully`), `A start job for unit ${c.unit} has finished successfully.`, '', `The job identifier is ${c.jobId}.`];
    case 'start-failed':
      return [...head(`A start job for unit ${c.unit} has failed`), `A start job for unit ${c.unit} has finished with a failure.`, '', `The job identifier is ${c.jobId} and the job result is failed.`];
    case 'stop-begin':
      return [...head(`A stop job for unit ${c.unit} has begun execution`), `A stop job for unit ${c.unit} has begun execution.`, '', `The job identifier is ${c.jobId}.`];
    case 'stop-done':
      return [...head(`A stop job for unit ${c.unit} has finished`), `A stop job for unit ${c.unit} has finished.`, '', `The job identifier is ${c.jobId} and the job result is done.`];
    case 'exited':
      return [...head('Unit process exited'), `An ExecStart= process belonging to unit ${c.unit} has exited.`, '', `The process' exit code is 'exited' and its exit status is ${c.status}.`];
  }
}

export class Journal {
  readonly entries: JournalEntry[] = [];
  add(e: JournalEntry): void {
    this.entries.push(e);
  }
  forUnits(units: ReadonlySet<string>): JournalEntry[] {
    return this.entries.filter((e) => e.unit !== null && units.has(e.unit));
  }
}
