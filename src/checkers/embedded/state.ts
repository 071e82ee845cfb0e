import { engineOf, existingEngineOf } from '../../runtime/daemon/engine-of.ts';
import type { Engine } from '../../runtime/daemon/engine.ts';
import { DaemonError } from '../../runtime/daemon/errors.ts';
import { volumesOf } from '../../runtime/daemon/volume/store.ts';
import type { Host } from '../../runtime/host.ts';
import { cgroupsOf } from '../../runtime/kernel/cgroup/system.ts';
import type { ShellSession } from '../../runtime/session.ts';
import type { CgroupFacts, ContainerFacts, DaemonFacts, FileFacts, FileWhere, ImageFacts, LabState, LogLine, Missing, NetworkFacts, NsIds, ProcessFacts, VolumeFacts } from '../state.ts';
import { containerFacts, nsIds } from './container-facts.ts';
import { daemonFacts } from './daemon-facts.ts';
import { containerFileVfs, readFacts } from './file-view.ts';
import { imageFacts } from './image-facts.ts';
import { networkFacts } from './network-facts.ts';
import { processFacts } from './process-facts.ts';

const CGROUP_ROOT = '/sys/fs/cgroup/';

/** The embedded runtime as a LabState: every answer read from the model's objects. */
export class EmbeddedState implements LabState {
  constructor(
    private readonly host: Host,
    private readonly session?: ShellSession,
  ) {}

  /**
   * The engine if Docker was used already: asking must not create one (that draws ids from the host's
   * random generator). Images are the exception: the engine starts with the preset images, so listing
   * them creates it, as `docker images` would.
   */
  private get engine(): Engine | undefined {
    return existingEngineOf(this.host);
  }

  /** The host as the student's shell sees it (its mount namespace), else as init does. */
  private hostVfs() {
    const p = this.session?.proc;
    return this.host.vfs(p && p.alive ? p : this.host.init);
  }

  async containers(): Promise<ContainerFacts[]> {
    const now = this.host.clock.now;
    return (this.engine?.list() ?? []).map((c) => containerFacts(c, now));
  }

  async container(ref: string): Promise<ContainerFacts | null> {
    const c = this.findContainer(ref);
    return c ? containerFacts(c, this.host.clock.now) : null;
  }

  private findContainer(ref: string) {
    try {
      return this.engine?.find(ref) ?? null;
    } catch (e) {
      // An ambiguous id prefix ("Multiple IDs found") names no one container.
      if (e instanceof DaemonError) return null;
      throw e;
    }
  }

  async images(): Promise<ImageFacts[]> {
    return engineOf(this.host).images.all().map((i) => imageFacts(i));
  }

  async image(ref: string): Promise<ImageFacts | null> {
    const img = engineOf(this.host).images.find(ref);
    return img ? imageFacts(img) : null;
  }

  async volumes(): Promise<VolumeFacts[]> {
    if (!this.engine) return [];
    const store = volumesOf(this.engine);
    return [...store.volumes.values()].map((v) => ({ name: v.name, driver: 'local', mountpoint: store.mountpoint(v.name) }));
  }

  async networks(): Promise<NetworkFacts[]> {
    return networkFacts(this.engine?.list() ?? [], this.engine?.bridge.networkId ?? '');
  }

  async file(path: string, where: FileWhere = {}): Promise<FileFacts | Missing> {
    if (where.container !== undefined) {
      const c = this.findContainer(where.container);
      if (!c) return { missing: 'container', others: (this.engine?.list() ?? []).map((x) => x.name) };
      return readFacts(this.host, containerFileVfs(this.host, c), path) ?? { missing: 'file' };
    }
    if (where.volume !== undefined) {
      const store = this.engine ? volumesOf(this.engine) : null;
      if (!store?.volumes.has(where.volume)) return { missing: 'volume', others: [...(store?.volumes.keys() ?? [])] };
      const facts = readFacts(this.host, this.host.vfs(), `${store.mountpoint(where.volume)}${path === '/' ? '' : path}`);
      return facts ? { ...facts, path } : { missing: 'file' };
    }
    return readFacts(this.host, this.hostVfs(), path) ?? { missing: 'file' };
  }

  async logs(container: string): Promise<LogLine[] | null> {
    const c = this.findContainer(container);
    return c ? c.logs.entries.map((e) => ({ stream: e.stream, text: e.data })) : null;
  }

  async processes(): Promise<ProcessFacts[]> {
    return processFacts(this.host.kernel.procs.values(), this.engine ?? null);
  }

  async hostNamespaces(): Promise<NsIds> {
    return nsIds(this.host.rootNs);
  }

  async cgroup(path: string): Promise<CgroupFacts | null> {
    if (!path.startsWith(CGROUP_ROOT)) return null;
    const [dir = '', ...rest] = path.slice(CGROUP_ROOT.length).split('/').filter(Boolean);
    const system = cgroupsOf(this.host.kernel);
    const h = system.hierarchies.find((x) => x.dirName === dir || x.key === dir || x.controller(dir));
    if (!h) return null;
    const cg = h.find(`/${rest.join('/')}`);
    if (!cg) return null;
    return { controller: h.key, path: cg.path, pids: h.members(cg).map((p) => p.id) };
  }

  async daemon(): Promise<DaemonFacts> {
    return daemonFacts(this.host);
  }
}
