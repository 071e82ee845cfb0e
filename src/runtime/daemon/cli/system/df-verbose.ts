import type { Engine } from '../../engine.ts';
import { GoStruct } from '../../template/format.ts';
import { listImages } from '../../image/list.ts';
import { containerSizeRw } from '../../container/size.ts';
import { volumesOf } from '../../volume/store.ts';
import { renderList } from '../format/render.ts';
import { humanSize } from '../format/units.ts';
import { imageRows } from '../image/context.ts';
import { ContainerContext } from '../ps/context.ts';

/**
 * `docker system df -v`: the CLI's four verbose tables (images with shared/unique sizes and
 * container counts, containers, volumes, build cache), each under its title line.
 */
const IMAGES = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
const IMAGE_HEADERS = { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', Size: 'SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', Containers: 'CONTAINERS' };
const CONTAINERS = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';
const CONTAINER_HEADERS = { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', LocalVolumes: 'LOCAL VOLUMES', Size: 'SIZE', RunningFor: 'CREATED', Status: 'STATUS', Names: 'NAMES' };
const VOLUMES = 'table {{.Name}}\t{{.Links}}\t{{.Size}}';
const VOLUME_HEADERS = { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' };
const CACHE_HEADER = 'CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n';

/** The verbose container row: SIZE is the writable layer alone (no `(virtual …)`). */
class DfContainer extends ContainerContext {
  constructor(c: ConstructorParameters<typeof ContainerContext>[0], engine: Engine, private readonly rw: number) {
    super(c, engine, true);
  }
  override Size(): string {
    return humanSize(this.rw);
  }
}

class DfVolume extends GoStruct {
  readonly goType = '*formatter.volumeContext';
  constructor(private readonly name: string, private readonly links: number, private readonly size: number) {
    super();
  }
  Name(): string {
    return this.name;
  }
  Links(): string {
    return String(this.links);
  }
  Size(): string {
    return humanSize(this.size);
  }
  toJSON(): Record<string, unknown> {
    return { Links: this.Links(), Name: this.Name(), Size: this.Size() };
  }
}

export function verboseDf(engine: Engine): string {
  const now = engine.host.clock.now;
  const containers = [...engine.containers.values()];
  const images = listImages(engine, new Map(), false);
  const owners = new Map<string, number>();
  for (const s of images) for (const l of s.image.layers) owners.set(l.diffId, (owners.get(l.diffId) ?? 0) + 1);
  const imageTable = images.flatMap((s) => {
    const unique = s.image.layers.filter((l) => owners.get(l.diffId) === 1).reduce((n, l) => n + l.size, 0);
    const used = containers.filter((c) => c.image.id === s.image.id).length;
    return imageRows(s, now, true, false).map((r) =>
      Object.assign(r, {
        SharedSize: () => humanSize(s.size - unique),
        UniqueSize: () => humanSize(unique, 4),
        Containers: () => String(used),
      }),
    );
  });
  const store = volumesOf(engine);
  const vols = store.list().map((v) => new DfVolume(v.name, store.users(v.name).length, store.size(v.name)));
  const rows = engine.list().map((c) => new DfContainer(c, engine, containerSizeRw(c)));
  return `Images space usage:\n\n${renderList(IMAGES, imageTable, IMAGE_HEADERS)}\nContainers space usage:\n\n${renderList(CONTAINERS, rows, CONTAINER_HEADERS)}` +
    `\nLocal Volumes space usage:\n\n${renderList(VOLUMES, vols, VOLUME_HEADERS)}\nBuild cache usage: 0B\n\n${CACHE_HEADER}`;
}
