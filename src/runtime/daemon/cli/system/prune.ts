import type { Container } from '../../container/container.ts';
import { containerSizeRw } from '../../container/size.ts';
import { DaemonError } from '../../errors.ts';
import { pruneImages } from '../../image/prune.ts';
import { pruneNetworks } from '../../network/prune.ts';
import { type Call, type Command, daemonFailure } from '../command.ts';
import { humanSize } from '../format/units.ts';
import { parseFilters } from '../volume/filters.ts';

function warning(all: boolean, volumes: boolean, filters: string[]): string {
  const items = [
    'all stopped containers', 'all networks not used by at least one container',
    ...(volumes ? ['all anonymous volumes not used by at least one container'] : []),
    all ? 'all images without at least one container associated to them' : 'all dangling images',
    all ? 'all build cache' : 'unused build cache',
  ];
  const filtered = filters.length ? `  Items to be pruned will be filtered with:\n${filters.map((f) => `  - ${f}\n`).join('')}\n` : '';
  return `WARNING! This will remove:\n${items.map((i) => `  - ${i}\n`).join('')}\n${filtered}Are you sure you want to continue? [y/N] `;
}

const labelMatch = (labels: Record<string, string>, want: string): boolean => {
  const i = want.indexOf('=');
  return i < 0 ? Object.hasOwn(labels, want) : labels[want.slice(0, i)] === want.slice(i + 1);
};

/** The container part (POST /containers/prune): stopped containers matching the label filters. */
async function pruneContainers(call: Call, f: Map<string, string[]>): Promise<{ deleted: string[]; reclaimed: number }> {
  const victims = call.engine.list().filter((c: Container) => !c.state.Running
    && (f.get('label') ?? []).every((l) => labelMatch(c.config.Labels, l))
    && (f.get('label!') ?? []).every((l) => !labelMatch(c.config.Labels, l)));
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const c of victims) {
    const size = containerSizeRw(c);
    await call.engine.remove(c, false);
    deleted.push(c.id);
    reclaimed += size;
  }
  call.engine.events.add('container', 'prune', { id: '', attributes: { reclaimed: String(reclaimed) } });
  return { deleted, reclaimed };
}

/**
 * `docker system prune`: containers, then networks (then images) as the CLI runs the prunes in
 * turn, each section printed when it removed something, then the total. `until` filters and
 * `--volumes` are not built yet.
 */
const prune: Command = async (call) => {
  const o = call.opts;
  const filters = o.list('filter');
  if (o.bool('volumes') || filters.some((x) => x.startsWith('until'))) {
    await call.err(`docker: system prune ${o.bool('volumes') ? '--volumes' : '--filter until'} is not built in the lab yet\n`);
    return 1;
  }
  if (!o.bool('force')) {
    await call.out(warning(o.bool('all'), o.bool('volumes'), filters));
    const answer = ((await call.ctx.stdin.readLine()) ?? '').trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') return 0;
  }
  let out = '';
  let reclaimed = 0;
  try {
    const f = parseFilters(filters);
    const containers = await pruneContainers(call, f);
    if (containers.deleted.length) out += `Deleted Containers:\n${containers.deleted.map((id) => `${id}\n`).join('')}\n`;
    reclaimed += containers.reclaimed;
    const networks = pruneNetworks(call.engine, f);
    if (networks.length) out += `Deleted Networks:\n${networks.map((n) => `${n}\n`).join('')}\n`;
    const images = pruneImages(call.engine, f, o.bool('all'));
    if (images.deleted.length) {
      out += `Deleted Images:\n${images.deleted.map((r) => ('deleted' in r ? `deleted: ${r.deleted}\n` : `untagged: ${r.untagged}\n`)).join('')}\n`;
    }
    reclaimed += images.reclaimed;
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    await call.out(out);
    return daemonFailure(call, e);
  }
  await call.out(`${out}Total reclaimed space: ${humanSize(reclaimed)}\n`);
  return 0;
};

export default prune;
