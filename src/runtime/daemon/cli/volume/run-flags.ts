import type { ApiMount } from '../../volume/mountpoints.ts';

/** An invalid `--mount` value; the message is the CLI's (after `invalid argument "…" for "--mount" flag: `). */
export class MountSpecError extends Error {}

function parseBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

function ramInBytes(v: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?$/i.exec(v);
  if (!m) return undefined;
  return Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
}

const abs = (cwd: string, p: string) => (p.startsWith('/') ? p : normalize(`${cwd}/${p}`));

function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** opts.MountOpt.Set of CLI 28: one `--mount` value → the API's mount. */
export function parseMountSpec(value: string, cwd: string): ApiMount {
  const m: ApiMount = { Type: 'volume' };
  const vol = () => (m.VolumeOptions ??= {});
  const bind = () => (m.BindOptions ??= {});
  const tmpfs = () => (m.TmpfsOptions ??= {});
  for (const field of value.split(',')) {
    const i = field.indexOf('=');
    const key = (i < 0 ? field : field.slice(0, i)).toLowerCase();
    if (i < 0) {
      if (key === 'readonly' || key === 'ro') m.ReadOnly = true;
      else if (key === 'volume-nocopy') vol().NoCopy = true;
      else if (key === 'bind-nonrecursive') bind().NonRecursive = true;
      else throw new MountSpecError(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    const val = field.slice(i + 1);
    const bool = (name: string) => {
      const b = parseBool(val);
      if (b === undefined) throw new MountSpecError(`invalid value for ${name}: ${val}`);
      return b;
    };
    switch (key) {
      case 'type': m.Type = val; break;
      case 'source': case 'src': m.Source = val; break;
      case 'target': case 'dst': case 'destination': m.Target = val; break;
      case 'readonly': case 'ro': m.ReadOnly = bool(key); break;
      case 'consistency': m.Consistency = val; break;
      case 'bind-propagation': bind().Propagation = val; break;
      case 'bind-nonrecursive': bind().NonRecursive = bool(key); break;
      case 'volume-nocopy': vol().NoCopy = bool('volume-nocopy'); break;
      case 'volume-label': {
        const j = val.indexOf('=');
        (vol().Labels ??= {})[j < 0 ? val : val.slice(0, j)] = j < 0 ? '' : val.slice(j + 1);
        break;
      }
      case 'volume-driver': (vol().DriverConfig ??= {}).Name = val; break;
      case 'volume-opt': {
        const j = val.indexOf('=');
        ((vol().DriverConfig ??= {}).Options ??= {})[j < 0 ? val : val.slice(0, j)] = j < 0 ? '' : val.slice(j + 1);
        break;
      }
      case 'tmpfs-size': {
        const n = ramInBytes(val);
        if (n === undefined) throw new MountSpecError(`invalid value for ${key}: ${val}`);
        tmpfs().SizeBytes = n;
        break;
      }
      case 'tmpfs-mode': {
        if (!/^[0-7]+$/.test(val)) throw new MountSpecError(`invalid value for ${key}: ${val}`);
        tmpfs().Mode = parseInt(val, 8);
        break;
      }
      default:
        throw new MountSpecError(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (m.Type === '') throw new MountSpecError('type is required');
  if (!m.Target) throw new MountSpecError('target is required');
  if (m.VolumeOptions && m.Type !== 'volume') throw new MountSpecError(`cannot mix 'volume-*' options with mount type '${m.Type}'`);
  if (m.BindOptions && m.Type !== 'bind') throw new MountSpecError(`cannot mix 'bind-*' options with mount type '${m.Type}'`);
  if (m.TmpfsOptions && m.Type !== 'tmpfs') throw new MountSpecError(`cannot mix 'tmpfs-*' options with mount type '${m.Type}'`);
  if (m.Type === 'bind' && m.Source && !m.Source.startsWith('/')) m.Source = abs(cwd, m.Source);
  if (m.VolumeOptions && m.Type === 'volume') m.VolumeOptions.DriverConfig ??= {};
  return m;
}

/**
 * The CLI side of -v/--mount/--volumes-from: `-v /path` goes to Config.Volumes, anything with a
 * source to HostConfig.Binds (a relative bind source starting with `.` made absolute).
 */
export function volumeFlags(volumes: string[], mounts: string[], volumesFrom: string[], cwd: string): {
  binds: string[] | null; configVolumes: Record<string, object>; mounts: ApiMount[]; volumesFrom: string[] | null;
} {
  const binds: string[] = [];
  const configVolumes: Record<string, object> = {};
  for (const spec of volumes) {
    const i = spec.indexOf(':');
    if (i < 0) {
      configVolumes[spec] = {};
      continue;
    }
    const src = spec.slice(0, i);
    binds.push(src.startsWith('.') ? `${abs(cwd, src)}${spec.slice(i)}` : spec);
  }
  return {
    binds: binds.length ? binds : null, configVolumes,
    mounts: mounts.map((v) => parseMountSpec(v, cwd)),
    volumesFrom: volumesFrom.length ? volumesFrom : null,
  };
}
