/**
 * COPY and ADD (moby builder/dockerfile/copy.go): sources resolved in the context (wildcards,
 * `..` refused, `.dockerignore` applied) or in a stage's filesystem, the content hash that goes in
 * the history and the cache key (`file:<sha256>`, `dir:…`, `multi:…`), and the copy into a new
 * layer over the current image: directories copy their contents, a `/`-ended or existing
 * directory destination receives files by name, owners are root unless `--chown`.
 */
import { MemFs } from '../../kernel/fs/memfs.ts';
import { MountTable } from '../../kernel/fs/mounts.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import { MntNamespace } from '../../kernel/ns/mnt.ts';
import { containerRootfs } from '../container/rootfs.ts';
import { daemonVfs } from '../container/view.ts';
import { sha256 } from '../ids.ts';
import type { Image } from '../image/image.ts';
import { scratchImage } from './commit.ts';
import type { CopySource } from './copy-source.ts';
import { cleanPath, patternRegExp } from './dockerignore.ts';
import { BuildError, type Builder } from './state.ts';

export interface SourceItem {
  rel: string;
  /** As written, for error texts. */
  given: string;
}

/** The sources named by the instruction, wildcards expanded; throws the engine's texts. */
export function resolveSources(src: CopySource, given: string[], verb: string, fromContext: boolean): SourceItem[] {
  const out: SourceItem[] = [];
  for (const g of given) {
    if (fromContext && (cleanPath(`a/${g}`).split('/')[0] !== 'a' || /^\.\.(\/|$)/.test(g.replace(/^\/+/, '')))) {
      throw new BuildError(`${verb} failed: forbidden path outside the build context: ${g} ()`);
    }
    const rel = cleanPath(g);
    if (/[*?[]/.test(rel)) {
      const re = patternRegExp(rel);
      const hits = src.all().filter((p) => re.test(p));
      if (hits.length === 0) throw new BuildError(`${verb} failed: no source files were specified`);
      out.push(...hits.map((h) => ({ rel: h, given: g })));
      continue;
    }
    if (!src.stat(rel)) {
      const where = fromContext ? 'file not found in build context or excluded by .dockerignore: ' : '';
      throw new BuildError(`${verb} failed: ${where}stat ${rel || '.'}: file does not exist`, 1, `failed to compute cache key: "/${rel}" not found: not found`);
    }
    out.push({ rel, given: g });
  }
  return out;
}

/** The history's source hash: what the cache compares, so changed content misses the cache. */
export function sourceHash(src: CopySource, items: SourceItem[]): string {
  const digest = (rel: string): string => {
    const st = src.stat(rel)!;
    if (st.type === 'dir') return sha256(src.readdir(rel).map((n) => `${n}:${digest(rel ? `${rel}/${n}` : n)}`).join('\n'));
    const body = st.type === 'symlink' ? src.readlink(rel) : src.read(rel);
    return sha256(`${st.type} ${st.mode.toString(8)} ${body}`);
  };
  if (items.length === 1) return `${src.stat(items[0]!.rel)!.type === 'dir' ? 'dir' : 'file'}:${digest(items[0]!.rel)}`;
  return `multi:${sha256(items.map((i) => digest(i.rel)).join(','))}`;
}

/** A writable view over a fresh layer on `image`: what gets written is the new layer. */
export function layerOver(b: Builder, image: Image | null): { vfs: Vfs; upper: MemFs } {
  const fs = containerRootfs(b.host, image ?? scratchImage());
  // No init layer here: COPY writes straight over the image's layers.
  const upper = fs.upper;
  const table = new MountTable(b.host.kernel.allocMountId);
  table.add({ target: '/', fs: fs.rootfs, root: fs.rootfs.root(), rootPath: '/', source: 'overlay', options: { ro: false } });
  return { vfs: daemonVfs(b.host, { ...b.host.rootNs, mnt: new MntNamespace(b.host.kernel.allocNsInode(), table) }), upper };
}

export interface Owner {
  uid: number;
  gid: number;
}

/** mkdir -p as root (parents the copy creates are root-owned 0755). */
export function mkdirAll(vfs: Vfs, path: string): void {
  let at = '';
  for (const part of path.split('/').filter(Boolean)) {
    at += `/${part}`;
    if (!vfs.exists(at)) vfs.mkdir(at, 0o755);
    else if (vfs.stat(at).type !== 'dir') throw new BuildError(`mkdir ${at}: not a directory`);
  }
}

/** Copies one source (file, symlink or directory's contents) to `dest` in the layer. */
export function copyTree(src: CopySource, rel: string, vfs: Vfs, dest: string, owner: Owner | null): void {
  const st = src.stat(rel)!;
  const own = (p: string) => vfs.chown(p, owner?.uid ?? 0, owner?.gid ?? 0, false);
  if (st.type === 'dir') {
    mkdirAll(vfs, dest);
    if (owner) own(dest);
    for (const n of src.readdir(rel)) {
      const r = rel ? `${rel}/${n}` : n;
      const cs = src.stat(r);
      if (!cs) continue;
      const d = `${dest === '/' ? '' : dest}/${n}`;
      if (cs.type === 'dir') {
        if (!vfs.exists(d)) vfs.mkdir(d, cs.mode);
        vfs.chmod(d, cs.mode);
        own(d);
      }
      copyTree(src, r, vfs, d, owner);
      if (cs.type === 'dir') vfs.utimes(d, cs.atime, cs.mtime);
    }
    return;
  }
  mkdirAll(vfs, dest.slice(0, dest.lastIndexOf('/')) || '/');
  if (vfs.exists(dest) && vfs.lstat(dest).type !== 'dir') vfs.unlink(dest);
  if (st.type === 'symlink') vfs.symlink(src.readlink(rel), dest);
  else {
    vfs.writeFile(dest, src.read(rel), { mode: st.mode });
    vfs.chmod(dest, st.mode);
  }
  own(dest);
  if (st.type !== 'symlink') vfs.utimes(dest, st.atime, st.mtime);
}
