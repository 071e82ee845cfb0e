import { containerNetworks } from '../../network/membership.ts';
import type { Container } from '../../container/container.ts';
import { displayablePorts } from '../../container/ports-display.ts';
import type { Engine } from '../../engine.ts';
import { GoStruct } from '../../template/format.ts';
import { NilPtr } from '../../inspect/typed.ts';
import { mountPointsOf } from '../../volume/mountpoints.ts';
import { goTimeString, humanDuration, humanSize } from '../format/units.ts';
import { containerSizeRw } from '../../container/size.ts';
import { imageSize } from '../../image/image.ts';

/** strconv.Quote for the command column. */
export function goQuote(s: string): string {
  return `"${s.replace(/[\\"]/g, (m) => `\\${m}`).replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;
}

/** The engine's Command field of a container listing: args with spaces in single quotes. */
export function commandText(c: Container): string {
  if (c.args.length === 0) return c.path;
  return `${c.path} ${c.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

export function statusText(c: Container, now: number): string {
  const s = c.state;
  if (s.Status === 'removing') return 'Removal In Progress';
  if (s.Dead) return 'Dead';
  if (s.Restarting) return `Restarting (${s.ExitCode}) ${humanDuration(now - c.finishedMs)} ago`;
  const health = (s as { Health?: { Status: string } }).Health?.Status;
  // State.String(): Paused wins; else the health status (`health: starting` while unknown).
  if (s.Running) return `Up ${humanDuration(now - c.startedMs)}${s.Paused ? ' (Paused)' : health ? ` (${health === 'starting' ? 'health: starting' : health})` : ''}`;
  if (c.finishedMs > 0) return `Exited (${s.ExitCode}) ${humanDuration(now - c.finishedMs)} ago`;
  return 'Created';
}

export function portsText(c: Container): string {
  return c.state.Running ? displayablePorts(c) : '';
}

/** Docker's Ellipsis on a byte string: counts UTF-8 characters, appends a UTF-8 `…`. */
const ellipsis = (s: string, n: number): string => {
  const chars = [...Buffer.from(s, 'latin1').toString('utf8')];
  return chars.length > n ? Buffer.from(`${chars.slice(0, n - 1).join('')}…`, 'utf8').toString('latin1') : s;
};

/** formatter.ContainerContext: what `docker ps --format` templates see. */
export class ContainerContext extends GoStruct {
  readonly goType = '*formatter.ContainerContext';
  override get escapesHtml(): boolean {
    return true;
  }
  /** `sized`: the daemon computed sizes (ps -s, or a template naming .Size); else SizeRw is 0. */
  constructor(private readonly c: Container, private readonly engine: Engine, private readonly trunc: boolean, private readonly sized = true) {
    super();
  }
  ID(): string {
    return this.trunc ? this.c.id.slice(0, 12) : this.c.id;
  }
  Names(): string {
    return this.c.name;
  }
  Image(): string {
    let ref = this.c.config.Image;
    // A name that no longer points at the container's image is shown as the image id (daemon's refreshImage).
    if (ref !== this.c.image.id && this.engine.images.find(ref)?.id !== this.c.image.id) ref = this.c.image.id;
    if (this.trunc && /^sha256:[0-9a-f]{64}$/.test(ref)) return ref.slice(7, 19);
    return ref;
  }
  Command(): string {
    const cmd = commandText(this.c);
    return goQuote(this.trunc ? ellipsis(cmd, 20) : cmd);
  }
  CreatedAt(): string {
    return goTimeString(this.c.createdMs);
  }
  RunningFor(): string {
    return `${humanDuration(this.engine.host.clock.now - this.c.createdMs)} ago`;
  }
  Ports(): string {
    return portsText(this.c);
  }
  State(): string {
    return this.c.state.Status;
  }
  Status(): string {
    return statusText(this.c, this.engine.host.clock.now);
  }
  Size(): string {
    if (!this.sized) return '0B';
    const rw = containerSizeRw(this.c);
    return `${humanSize(rw)} (virtual ${humanSize(rw + imageSize(this.c.image))})`;
  }
  Labels(): string {
    return Object.entries(this.c.config.Labels).map(([k, v]) => `${k}=${v}`).join(',');
  }
  Label(name: unknown): string {
    return this.c.config.Labels[String(name)] ?? '';
  }
  /** Volume names (bind sources), each cut to 15 columns unless --no-trunc. */
  Mounts(): string {
    return mountPointsOf(this.c).map((m) => m.Name || m.Source).map((n) => (this.trunc ? ellipsis(n, 15) : n)).join(',');
  }
  LocalVolumes(): string {
    return String(mountPointsOf(this.c).filter((m) => m.Driver === 'local').length);
  }
  /** The container's networks (a Go map on the engine side: the model lists them sorted). */
  Networks(): string {
    const mode = this.c.hostConfig.NetworkMode;
    if (mode.startsWith('container:')) return mode;
    return containerNetworks(this.engine, this.c).map(([name]) => name).sort().join(',');
  }
  /** A nil *platforms.Platform: prints `<nil>`, marshals to null. */
  Platform(): NilPtr {
    return new NilPtr('*platforms.Platform');
  }
  toJSON(): Record<string, unknown> {
    return {
      Command: this.Command(), CreatedAt: this.CreatedAt(), ID: this.ID(), Image: this.Image(), Labels: this.Labels(),
      LocalVolumes: this.LocalVolumes(), Mounts: this.Mounts(), Names: this.Names(), Networks: this.Networks(),
      Platform: this.Platform(), Ports: this.Ports(), RunningFor: this.RunningFor(), Size: this.Size(), State: this.State(),
      Status: this.Status(),
    };
  }
}

export const PS_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS',
  State: 'STATE', Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS', LocalVolumes: 'LOCAL VOLUMES',
  Mounts: 'MOUNTS', Networks: 'NETWORKS', Platform: 'PLATFORM',
};

/**
 * The zero ContainerContext `docker ps` validates --format against: every field exists and yields
 * an empty value (same arity, so wrong argument counts still fail the way a real row would).
 * `used` collects the fields the template touched: naming Size makes ps ask the daemon for sizes.
 */
export function emptyContainerContext(used = new Set<string>()): ContainerContext {
  const ctx = Object.create(ContainerContext.prototype) as Record<string, unknown>;
  ctx.goType = '*formatter.ContainerContext';
  for (const name of Object.getOwnPropertyNames(ContainerContext.prototype)) {
    const fn = (ContainerContext.prototype as unknown as Record<string, unknown>)[name];
    if (!/^[A-Z]/.test(name) || typeof fn !== 'function') continue;
    const zero = name === 'Platform' ? null : '';
    ctx[name] = fn.length === 1 ? (_a: unknown) => (used.add(name), zero) : () => (used.add(name), zero);
  }
  // Marshalling calls every method (Size included), as the CLI's MarshalJSON does.
  ctx.toJSON = () => (used.add('Size'), {});
  return ctx as unknown as ContainerContext;
}
