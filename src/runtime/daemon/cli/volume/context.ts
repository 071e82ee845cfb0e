import { GoStruct } from '../../template/format.ts';
import type { Volume, VolumeStore } from '../../volume/store.ts';
import { humanSize } from '../format/units.ts';

/** formatter.volumeContext of CLI 28: one row of `docker volume ls`. */
export class VolumeContext extends GoStruct {
  readonly goType = '*formatter.volumeContext';
  constructor(private readonly v: Volume, private readonly store: VolumeStore, private readonly withUsage = false) {
    super();
  }
  Name(): string {
    return this.v.name;
  }
  Driver(): string {
    return 'local';
  }
  Scope(): string {
    return 'local';
  }
  Mountpoint(): string {
    return this.store.mountpoint(this.v.name);
  }
  Labels(): string {
    return Object.entries(this.v.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  }
  Label(name: unknown): string {
    return this.v.labels?.[String(name)] ?? '';
  }
  /** Usage data only comes with `system df -v`; `volume ls` says N/A. */
  Links(): string {
    return this.withUsage ? String(this.store.users(this.v.name).length) : 'N/A';
  }
  Size(): string {
    return this.withUsage ? humanSize(this.store.size(this.v.name)) : 'N/A';
  }
  Availability(): string {
    return 'N/A';
  }
  Group(): string {
    return 'N/A';
  }
  Status(): string {
    return 'N/A';
  }
  toJSON(): Record<string, unknown> {
    return {
      Availability: this.Availability(), Driver: this.Driver(), Group: this.Group(), Labels: this.Labels(), Links: this.Links(),
      Mountpoint: this.Mountpoint(), Name: this.Name(), Scope: this.Scope(), Size: this.Size(), Status: this.Status(),
    };
  }
}

export const VOLUME_HEADERS: Record<string, string> = {
  Name: 'VOLUME NAME', Driver: 'DRIVER', Scope: 'SCOPE', Mountpoint: 'MOUNTPOINT', Labels: 'LABELS', Links: 'LINKS',
  Size: 'SIZE', Availability: 'AVAILABILITY', Group: 'GROUP', Status: 'STATUS',
};
