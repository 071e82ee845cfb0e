import type { Container } from '../../container/container.ts';
import { sampleStats, type StatsSample } from '../../container/stats.ts';
import { DaemonError } from '../../errors.ts';
import { GoStruct } from '../../template/format.ts';
import { type Command, daemonFailure } from '../command.ts';
import { FormatError, renderList } from '../format/render.ts';
import { formatG, humanSize } from '../format/units.ts';

const DEFAULT = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const HEADERS: Record<string, string> = {
  Container: 'CONTAINER', ID: 'CONTAINER ID', Name: 'NAME', CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %',
  NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS',
};

const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** go-units BytesSize: binary units, `%.4g`. */
function bytesSize(n: number): string {
  let size = n;
  let i = 0;
  while (size >= 1024 && i < BINARY.length - 1) {
    size /= 1024;
    i++;
  }
  return `${formatG(size, 4)}${BINARY[i]}`;
}

/** formatter.statsContext: the fields `docker stats --format` templates see. */
class StatsContext extends GoStruct {
  readonly goType = '*container.statsContext';
  constructor(private readonly c: Container, private readonly s: StatsSample, private readonly shown: string, private readonly trunc: boolean) {
    super();
  }
  Container(): string {
    return this.shown;
  }
  Name(): string {
    return this.c.name;
  }
  ID(): string {
    return this.trunc ? this.c.id.slice(0, 12) : this.c.id;
  }
  CPUPerc(): string {
    return `${this.s.cpuPercent.toFixed(2)}%`;
  }
  MemUsage(): string {
    return `${bytesSize(this.s.memUsage)} / ${bytesSize(this.s.memLimit)}`;
  }
  MemPerc(): string {
    return `${(this.s.memLimit ? (this.s.memUsage / this.s.memLimit) * 100 : 0).toFixed(2)}%`;
  }
  NetIO(): string {
    return `${humanSize(this.s.netRx)} / ${humanSize(this.s.netTx)}`;
  }
  BlockIO(): string {
    return `${humanSize(this.s.blkRead)} / ${humanSize(this.s.blkWrite)}`;
  }
  PIDs(): string {
    return String(this.s.pids);
  }
  toJSON(): Record<string, unknown> {
    return {
      BlockIO: this.BlockIO(), CPUPerc: this.CPUPerc(), Container: this.Container(), ID: this.ID(), MemPerc: this.MemPerc(),
      MemUsage: this.MemUsage(), Name: this.Name(), NetIO: this.NetIO(), PIDs: this.PIDs(),
    };
  }
}

/**
 * `docker stats [--no-stream] [-a] [--format] [--no-trunc] [CONTAINER...]`: one table of samples;
 * without --no-stream the table is redrawn every 500 ms until no container is left to show.
 */
const stats: Command = async (call) => {
  const o = call.opts;
  let targets: Array<{ c: Container; shown: string }>;
  try {
    if (call.args.length > 0) {
      targets = call.args.map((ref) => ({ c: call.engine.get(ref), shown: ref }));
    } else {
      targets = call.engine.list().filter((c) => o.bool('all') || c.state.Running).map((c) => ({ c, shown: c.id.slice(0, 12) }));
    }
  } catch (e) {
    if (e instanceof DaemonError) return daemonFailure(call, e);
    throw e;
  }
  // `--format table` alone means the default table.
  // `--format table` alone means the default table.
  const format = o.str('format') !== '' && o.str('format').trim() !== 'table' ? o.str('format') : DEFAULT;
  const render = () =>
    renderList(format, targets.map((t) => new StatsContext(t.c, sampleStats(call.host, t.c), t.shown, !o.bool('no-trunc'))), HEADERS);
  try {
    if (o.bool('no-stream')) {
      await call.out(render());
      return 0;
    }
    for (;;) {
      await call.ctx.sleep(500);
      if (call.args.length === 0) {
        targets = call.engine.list().filter((c) => o.bool('all') || c.state.Running).map((c) => ({ c, shown: c.id.slice(0, 12) }));
      }
      await call.out(frame(render()));
      if (targets.length === 0 && !o.bool('all')) return 0;
    }
  } catch (e) {
    if (e instanceof FormatError) {
      await call.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
};

/**
 * One redraw as the CLI 28 writes it: cursor home and the table, then (from the same buffer) every
 * line again followed by " ESC[K", then ESC[J to clear what an older, longer frame left.
 */
function frame(table: string): string {
  const first = `\x1b[H${table}`;
  return first + first.split('\n').map((line) => `${line} \x1b[K\n`).join('') + '\x1b[J';
}

export default stats;
