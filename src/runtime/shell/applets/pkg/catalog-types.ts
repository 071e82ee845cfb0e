/** One package of an offline catalog, in whichever packaging system serves it. */
export interface PkgDef {
  name: string;
  version: string;
  arch: string;
  /** Where it is served from: `jammy-updates/main` (apt), `main` (apk), `base` (yum). */
  repo: string;
  /** Download size in bytes. */
  size: number;
  /** Installed size in KiB. */
  isize: number;
  deps: string[];
  recs: string[];
  sugs: string[];
  /** Absolute paths; files under a bin/sbin directory become program images. */
  files: string[];
  desc: string;
  /** Libraries dpkg names `name:amd64` (Multi-Arch: same). */
  multiarch: boolean;
}

const list = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/**
 * Catalog rows are written one per line as
 * `name version arch repo size isize | deps | recommends | suggests | files | description`
 * so the tables stay readable; files may be given relative to /usr (`bin/tree`).
 */
export function parseCatalog(text: string): Map<string, PkgDef> {
  const out = new Map<string, PkgDef>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const parts = line.split('|');
    const [name, version, arch, repo, size, isize] = parts[0]!.trim().split(/\s+/);
    const files = list(parts[4]).map((f) => (f.startsWith('/') ? f : `/usr/${f}`));
    out.set(name!, {
      name: name!, version: version!, arch: arch!, repo: repo!, size: Number(size), isize: Number(isize),
      deps: list(parts[1]), recs: list(parts[2]), sugs: list(parts[3]), files, desc: (parts[5] ?? '').trim(),
      multiarch: name!.startsWith('lib') && arch !== 'all',
    });
  }
  return out;
}

/** Whether a path is an executable the package installs (gets a program image, mode 755). */
export function isProgramPath(path: string): boolean {
  return /^\/(usr\/)?(local\/)?s?bin\/[^/]+$/.test(path);
}
