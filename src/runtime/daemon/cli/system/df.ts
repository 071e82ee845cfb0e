import { type Command, daemonFailure } from '../command.ts';
import { FormatError, renderList } from '../format/render.ts';
import { humanSize } from '../format/units.ts';
import { GoStruct } from '../../template/format.ts';
import { listImages } from '../../image/list.ts';
import { containerSizeRw } from '../../container/size.ts';
import { volumesOf } from '../../volume/store.ts';
import type { Engine } from '../../engine.ts';
import { verboseDf } from './df-verbose.ts';

/** formatter.diskUsage*Context: one row of `docker system df`. */
class DfRow extends GoStruct {
  constructor(readonly goType: string, private readonly t: string, private readonly total: number, private readonly active: number, private readonly size: number, private readonly reclaimable: number) {
    super();
  }
  Type(): string {
    return this.t;
  }
  TotalCount(): string {
    return String(this.total);
  }
  Active(): string {
    return String(this.active);
  }
  Size(): string {
    return humanSize(this.size, 4);
  }
  Reclaimable(): string {
    const r = humanSize(this.reclaimable, 4);
    return this.size > 0 ? `${r} (${Math.floor((this.reclaimable * 100) / this.size)}%)` : r;
  }
  toJSON(): Record<string, unknown> {
    return { Active: this.Active(), Reclaimable: this.Reclaimable(), Size: this.Size(), TotalCount: this.TotalCount(), Type: this.Type() };
  }
}

const HEADERS = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };

/** GET /system/df of Engine 20.10, summarised the way the CLI's non-verbose df does. */
function rows(engine: Engine): DfRow[] {
  const images = listImages(engine, new Map(), false);
  const containers = [...engine.containers.values()];
  const layerSize = new Map<string, number>();
  const owners = new Map<string, number>();
  for (const s of images) {
    for (const l of s.image.layers) {
      layerSize.set(l.diffId, l.size);
      owners.set(l.diffId, (owners.get(l.diffId) ?? 0) + 1);
    }
  }
  const layersSize = [...layerSize.values()].reduce((a, b) => a + b, 0);
  const used = images.filter((s) => containers.some((c) => c.image.id === s.image.id));
  const usedUnique = used.reduce((n, s) => n + s.image.layers.filter((l) => owners.get(l.diffId) === 1).reduce((m, l) => m + l.size, 0), 0);
  const isActive = (c: (typeof containers)[number]) => c.state.Running || c.state.Paused || c.state.Restarting;
  const sizes = containers.map((c) => ({ rw: containerSizeRw(c), active: isActive(c) }));
  const store = volumesOf(engine);
  const vols = store.list().map((v) => ({ size: store.size(v.name), used: store.users(v.name).length > 0 }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return [
    new DfRow('*formatter.diskUsageImagesContext', 'Images', images.length, used.length, layersSize, layersSize - usedUnique),
    new DfRow('*formatter.diskUsageContainersContext', 'Containers', containers.length, sizes.filter((s) => s.active).length, sum(sizes.map((s) => s.rw)), sum(sizes.filter((s) => !s.active).map((s) => s.rw))),
    new DfRow('*formatter.diskUsageVolumesContext', 'Local Volumes', vols.length, vols.filter((v) => v.used).length, sum(vols.map((v) => v.size)), sum(vols.filter((v) => !v.used).map((v) => v.size))),
    new DfRow('*formatter.diskUsageBuilderContext', 'Build Cache', 0, 0, 0, 0),
  ];
}

/** `docker system df` (the summary table; `-v` is not modelled yet). */
const df: Command = async (call) => {
  if (call.opts.bool('verbose')) {
    if (call.opts.str('format') !== '' && call.opts.str('format') !== 'table') {
      await call.err('docker: \'system df --verbose --format\' is not implemented in the lab yet\n');
      return 1;
    }
    await call.out(verboseDf(call.engine));
    return 0;
  }
  let list;
  try {
    list = rows(call.engine);
  } catch (e) {
    return daemonFailure(call, e);
  }
  let format = call.opts.str('format') || 'table';
  if (format === 'table') format = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
  try {
    await call.out(renderList(format, list, HEADERS));
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    await call.err(`${e.message}\n`);
    return 1;
  }
  return 0;
};

export default df;
