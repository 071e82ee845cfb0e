// Hand-kept flags the help texts do not show (hidden aliases, deprecated, Windows-only),
// checked against the real CLI ("flag needs an argument" instead of "unknown flag").
import type { FlagDef } from '../types.ts';

const containerCreate: FlagDef[] = [
  { short: '', long: 'net', type: 'network', usage: 'Connect a container to a network', hidden: true, same: 'network' },
  { short: '', long: 'net-alias', type: 'list', usage: 'Add network-scoped alias for the container', hidden: true, same: 'network-alias' },
  { short: '', long: 'dns-opt', type: 'list', usage: 'Set DNS options', hidden: true, same: 'dns-option' },
  { short: '', long: 'cpu-count', type: 'int64', usage: 'CPU count (Windows only)', hidden: true },
  { short: '', long: 'cpu-percent', type: 'int64', usage: 'CPU percent (Windows only)', hidden: true },
  { short: '', long: 'io-maxbandwidth', type: 'bytes', usage: 'Maximum IO bandwidth limit for the system drive (Windows only)', hidden: true },
  { short: '', long: 'io-maxiops', type: 'uint64', usage: 'Maximum IOps limit for the system drive (Windows only)', hidden: true },
];

const stopTime: FlagDef[] = [
  { short: '', long: 'time', type: 'int', usage: 'Seconds to wait before killing the container (deprecated: use --timeout)', deprecated: 'use --timeout instead', same: 'timeout' },
];

export const extraFlags: Record<string, FlagDef[]> = {
  'container create': containerCreate,
  'container run': containerCreate,
  'container stop': stopTime,
  'container restart': stopTime,
};

/** Commands with SetInterspersed(false): the first positional ends option parsing (probed). */
export const noInterspersed = new Set(['container run', 'container create', 'container exec', 'container commit', 'container top', 'image tag', 'service create']);
