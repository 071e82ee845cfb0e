import type { Opts as FrontOpts } from '../front/opts.ts';
import { updateContainer, type UpdateRequest } from '../../container/update.ts';
import { DaemonError } from '../../errors.ts';
import type { Command } from '../command.ts';

const FLAGS = ['blkio-weight', 'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime', 'cpu-shares', 'cpus', 'cpuset-cpus', 'cpuset-mems', 'memory', 'memory-reservation', 'memory-swap', 'pids-limit', 'restart'];

/** The CLI's own parse of --restart: only the retry count is checked here, the name by the engine. */
function restart(text: string): { name: string; count: number } {
  const i = text.indexOf(':');
  if (i < 0) return { name: text, count: 0 };
  const count = text.slice(i + 1);
  if (!/^-?\d+$/.test(count)) throw new Error('invalid restart policy format: maximum retry count must be an integer');
  return { name: text.slice(0, i), count: Number(count) };
}

/** `docker update [OPTIONS] CONTAINER...`: names of the updated containers, then warnings and errors. */
const update: Command = async (call) => {
  const o = call.opts as unknown as FrontOpts;
  if (!FLAGS.some((f) => o.changed(f))) {
    await call.err('you must provide one or more flags when using this command\n');
    return 1;
  }
  const r: UpdateRequest = {};
  try {
    if (o.changed('restart')) r.restart = restart(o.str('restart'));
  } catch (e) {
    await call.err(`${(e as Error).message}\n`);
    return 1;
  }
  if (o.changed('memory')) r.memory = o.bytes('memory');
  if (o.changed('memory-swap')) r.memorySwap = o.bytes('memory-swap');
  if (o.changed('memory-reservation')) r.memoryReservation = o.bytes('memory-reservation');
  if (o.changed('cpus')) r.nanoCpus = o.nanoCpus('cpus');
  if (o.changed('cpu-shares')) r.cpuShares = o.int('cpu-shares');
  if (o.changed('cpu-period')) r.cpuPeriod = o.int('cpu-period');
  if (o.changed('cpu-quota')) r.cpuQuota = o.int('cpu-quota');
  if (o.changed('cpuset-cpus')) r.cpusetCpus = o.str('cpuset-cpus');
  if (o.changed('cpuset-mems')) r.cpusetMems = o.str('cpuset-mems');
  if (o.changed('pids-limit')) r.pidsLimit = o.int('pids-limit');
  if (o.changed('blkio-weight')) r.blkioWeight = o.int('blkio-weight');
  const warnings: string[] = [];
  const errors: string[] = [];
  for (const ref of call.args) {
    try {
      warnings.push(...updateContainer(call.host, call.engine.get(ref), r));
      await call.out(`${ref}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      errors.push(`Error response from daemon: ${e.message}`);
    }
  }
  if (warnings.length) await call.err(`${warnings.join('\n')}\n`);
  if (errors.length) {
    await call.err(`${errors.join('\n')}\n`);
    return 1;
  }
  return 0;
};

export default update;
