import { GoStruct } from '../template/format.ts';
import type { Container } from '../container/container.ts';

/** types/mount.Mount as the API carries it in HostConfig.Mounts (what `--mount` sends). */
export interface ApiMount {
  Type: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  BindOptions?: { Propagation?: string; NonRecursive?: boolean };
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string>; DriverConfig?: { Name?: string; Options?: Record<string, string> } };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

/** One entry of a container's `.Mounts` (types.MountPoint, fields in the engine's order). */
export interface MountPoint {
  Type: 'volume' | 'bind' | 'tmpfs';
  Name: string;
  Source: string;
  Destination: string;
  Driver: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
  /** Not in the API: skip the image-content copy (`nocopy`, `volume-nocopy`). */
  noCopy?: boolean;
  /** Labels and driver options for a volume `--mount` creates (volume-label, volume-opt). */
  volumeLabels?: Record<string, string>;
  volumeOptions?: Record<string, string>;
  /** tmpfs mounts from `--mount type=tmpfs`: size/mode options for /proc/mounts. */
  tmpfsData?: string;
}

const points = new WeakMap<Container, MountPoint[]>();

export function mountPointsOf(c: Container): MountPoint[] {
  return points.get(c) ?? [];
}

export function setMountPoints(c: Container, mps: MountPoint[]): void {
  points.set(c, mps);
}

/**
 * A MountPoint as inspect shows it: a typed struct, so a template's `.Name` of a bind is "" (not
 * a missing map key), while the JSON omits empty Name and Driver (omitempty). The omitted fields
 * are non-enumerable so the inspect JSON writer skips them.
 */
class MountPointJson extends GoStruct {
  declare readonly goType: string;
  constructor(m: MountPoint) {
    super();
    Object.defineProperty(this, 'goType', { value: 'types.MountPoint', enumerable: false });
    const put = (k: string, v: unknown, shown = true) => Object.defineProperty(this, k, { value: v, enumerable: shown });
    put('Type', m.Type);
    put('Name', m.Name, m.Name !== '');
    put('Source', m.Source);
    put('Destination', m.Destination);
    put('Driver', m.Driver, m.Driver !== '');
    put('Mode', m.Mode);
    put('RW', m.RW);
    put('Propagation', m.Propagation);
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this));
  }
}

export function mountPointJson(m: MountPoint): GoStruct {
  return new MountPointJson(m);
}

const apiMounts = new WeakMap<Container, ApiMount[]>();

/** HostConfig.Mounts as created (`--mount`), for inspect. */
export function apiMountsOf(c: Container): ApiMount[] {
  return apiMounts.get(c) ?? [];
}

export function setApiMounts(c: Container, m: ApiMount[]): void {
  if (m.length) apiMounts.set(c, m);
}
