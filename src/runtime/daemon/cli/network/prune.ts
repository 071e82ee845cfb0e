import { type Command, daemonFailure } from '../command.ts';
import { pruneNetworks } from '../../network/prune.ts';
import { parseFilters } from '../volume/filters.ts';

const WARN = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';

/** `docker network prune`: asks first unless -f; lists what went, no reclaimed-space line. */
const prune: Command = async (call) => {
  if (!call.opts.bool('force')) {
    await call.out(WARN);
    const answer = ((await call.ctx.stdin.readLine()) ?? '').trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') return 0;
  }
  let removed: string[];
  try {
    removed = pruneNetworks(call.engine, parseFilters(call.opts.list('filter')));
  } catch (e) {
    return daemonFailure(call, e);
  }
  if (removed.length) await call.out(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}\n`);
  return 0;
};

export default prune;
