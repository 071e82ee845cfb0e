import { type Command, daemonFailure } from '../command.ts';
import { humanSize } from '../format/units.ts';
import { DaemonError } from '../../errors.ts';
import { volumesOf } from '../../volume/store.ts';
import { filterVolumes, parseFilters } from './filters.ts';

const WARN = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ';

/** `docker volume prune` against Engine 20.10: every unused volume goes, named ones too. */
const prune: Command = async (call) => {
  if (!call.opts.bool('force')) {
    await call.out(WARN);
    const answer = ((await call.ctx.stdin.readLine()) ?? '').trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') return 0;
  }
  const store = volumesOf(call.engine);
  const deleted: string[] = [];
  let reclaimed = 0;
  try {
    const f = parseFilters(call.opts.list('filter'));
    for (const k of f.keys()) if (k !== 'label' && k !== 'label!') throw new DaemonError(`Invalid filter '${k}'`, 400);
    const notLabels = f.get('label!') ?? [];
    f.delete('label!');
    for (const v of filterVolumes(store, store.list(), f, ['label'])) {
      if (store.users(v.name).length) continue;
      if (notLabels.some((l) => filterVolumes(store, [v], new Map([['label', [l]]]), ['label']).length)) continue;
      reclaimed += store.size(v.name);
      store.remove(v.name);
      deleted.push(v.name);
    }
  } catch (e) {
    return daemonFailure(call, e);
  }
  call.engine.events.add('volume', 'prune', { id: '', attributes: { reclaimed: String(reclaimed) } });
  let out = '';
  if (deleted.length) out = `Deleted Volumes:\n${deleted.map((n) => `${n}\n`).join('')}\n`;
  await call.out(`${out}Total reclaimed space: ${humanSize(reclaimed)}\n`);
  return 0;
};

export default prune;
