import type { TextWriter } from '../../shell/applets/types.ts';
import { nginxTime } from './log-clock.ts';
import { LOG_LEVELS } from './nginx-settings.ts';

/**
 * ngx_log_error: `2024/04/16 18:20:00 [notice] 1#1: text` into the error log when the level
 * passes its threshold; while nginx starts (ngx_use_stderr) messages up to [warn] are also
 * echoed to stderr as `nginx: [emerg] text`, since the log file is a descriptor of its own.
 */
export class NginxLog {
  /** Echo to stderr (start-up, -t, -s); off once the master runs. */
  echo = true;
  constructor(
    private file: TextWriter,
    private threshold: number,
    private readonly stderr: TextWriter,
    private readonly now: () => number,
  ) {}

  reopen(file: TextWriter, threshold: number): void {
    this.file = file;
    this.threshold = threshold;
  }

  async write(level: string, pid: number, text: string): Promise<void> {
    const n = LOG_LEVELS.indexOf(level);
    if (n <= this.threshold) await this.file.write(`${nginxTime(this.now())} [${level}] ${pid}#${pid}: ${text}\n`);
    if (this.echo && n <= LOG_LEVELS.indexOf('warn')) await this.stderr.write(`nginx: [${level}] ${text}\n`);
  }
}
