import { FsError } from '../../fs/errors.ts';
import { type Controller, rwFile, stateOf, u64File } from '../controller.ts';

/**
 * net_prio (net/core/netprio_cgroup.c): a priority per network device. The kernel lists and
 * looks up devices of the initial network namespace only, whoever reads.
 */
export interface NetPrioState {
  prio: Map<string, number>;
}

/** sscanf("%16s %u"): a device name of at most IFNAMSIZ characters, then a priority. */
function parsePriomap(data: string): [string, number] {
  const m = /^\s*(\S{1,16})\s+(\d+)/.exec(data);
  if (!m) throw new FsError('EINVAL');
  return [m[1]!, Number(BigInt(m[2]!) & 0xffffffffn)];
}

export const netPrio: Controller<NetPrioState> = {
  name: 'net_prio',
  // cgrp_css_online(): priorities are copied from the parent.
  init: (_cg, parent) => ({ prio: new Map(parent ? stateOf(parent, netPrio).prio : []) }),
  files: () => [
    u64File('net_prio.prioidx', (ctx) => ctx.cg.id),
    rwFile('net_prio.ifpriomap', (ctx) => {
      const prio = stateOf(ctx.cg, netPrio).prio;
      return ctx.sys.initNet.devices.map((d) => `${d.name} ${prio.get(d.name) ?? 0}\n`).join('');
    }, (ctx, data) => {
      const [dev, prio] = parsePriomap(data);
      if (!ctx.sys.initNet.devices.some((d) => d.name === dev)) throw new FsError('ENODEV');
      stateOf(ctx.cg, netPrio).prio.set(dev, prio);
    }),
  ],
};
