import { containerRootfs } from '../container/rootfs.ts';
import { resolveUser } from '../container/user.ts';
import { DaemonError } from '../errors.ts';
import { readTar } from '../image/ustar.ts';
import { MountTable } from '../../kernel/fs/mounts.ts';
import { MntNamespace } from '../../kernel/ns/mnt.ts';
import { daemonVfs } from '../container/view.ts';
import { commitImage, nopCmdString, probeCache, scratchImage } from './commit.ts';
import { contextSource, imageSource, type CopySource } from './copy-source.ts';
import { copyTree, layerOver, mkdirAll, type Owner, resolveSources, sourceHash } from './copy.ts';
import type { Instruction } from './parser.ts';
import { BuildError, type Builder, type StageState } from './state.ts';
import { expandedWords } from './instructions/args.ts';
import { extractTar, gunzipped, isTar } from './add-extract.ts';

/** `COPY --from=`: a finished stage by name or index, else an image (pulled if missing). */
async function fromSource(b: Builder, ref: string): Promise<CopySource> {
  const img = b.stageImages.has(ref.toLowerCase()) ? b.stageImages.get(ref.toLowerCase())! : (b.engine.images.find(ref) ?? (await b.pull(ref)));
  const fs = containerRootfs(b.host, img ?? scratchImage());
  const table = new MountTable(b.host.kernel.allocMountId);
  table.add({ target: '/', fs: fs.rootfs, root: fs.rootfs.root(), rootPath: '/', source: 'overlay', options: { ro: true } });
  return imageSource(daemonVfs(b.host, { ...b.host.rootNs, mnt: new MntNamespace(b.host.kernel.allocNsInode(), table) }));
}

/** --chown=user[:group], names looked up in the image's passwd and group files. */
function owner(b: Builder, state: StageState, spec: string | true | undefined, vfs: Parameters<typeof resolveUser>[0]): Owner | null {
  if (typeof spec !== 'string' || !spec) return null;
  const [u, g] = spec.split(':') as [string, string | undefined];
  const num = (s: string) => /^\d+$/.test(s);
  if (num(u) && (g === undefined || num(g))) return { uid: Number(u), gid: Number(g ?? u) };
  try {
    const r = resolveUser(vfs, g === undefined ? u : `${u}:${g}`);
    return { uid: r.creds.uid, gid: r.creds.gid };
  } catch (e) {
    if (e instanceof DaemonError) throw new BuildError(e.message);
    throw e;
  }
}

/** COPY and ADD: the sources, the cache probe on their hash, then the new layer (no container). */
export async function copyStep(b: Builder, state: StageState, inst: Instruction, verb: 'COPY' | 'ADD'): Promise<void> {
  const words = inst.json ?? expandedWords(b, state, inst.rest);
  if (inst.heredocs) return heredocCopy(b, state, inst, words);
  const given = words.slice(0, -1);
  let dest = words[words.length - 1]!;
  if (inst.flags.has('chmod')) throw new BuildError('the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled');
  const fromFlag = inst.flags.get('from');
  const src = typeof fromFlag === 'string' ? await fromSource(b, fromFlag) : contextSource(b.context);
  if (verb === 'ADD') {
    const url = given.find((g) => /^https?:\/\//.test(g));
    if (url) {
      const host = url.replace(/^https?:\/\//, '').split(/[/:]/)[0];
      throw new BuildError(`Get "${url}": dial tcp: lookup ${host}: no such host`);
    }
  }
  const items = resolveSources(src, given, verb, typeof fromFlag !== 'string');
  if (items.length > 1 && !dest.endsWith('/')) throw new BuildError(`When using ${verb} with more than one source file, the destination must be a directory and end with a /`);
  const hash = sourceHash(src, items);
  const workdir = state.config.WorkingDir || '/';
  const dirDest = dest.endsWith('/') || dest === '.' || items.length > 1;
  if (!dest.startsWith('/')) dest = `${workdir.replace(/\/$/, '')}/${dest}`;
  dest = `/${dest.split('/').filter((p) => p && p !== '.').join('/')}`;
  const cmd = nopCmdString(state.config, `${verb} ${hash} in ${words[words.length - 1]} `);
  const containerConfig = { ...structuredClone(state.config), Cmd: cmd };
  if (await probeCache(b, state, containerConfig)) return;
  const { vfs, upper } = layerOver(b, state.image);
  const own = owner(b, state, inst.flags.get('chown'), vfs);
  for (const item of items) {
    const st = src.stat(item.rel)!;
    if (verb === 'ADD' && st.type === 'file' && typeof fromFlag !== 'string' && isTar(src.read(item.rel))) {
      mkdirAll(vfs, dest);
      extractTar(vfs, readTar(gunzipped(src.read(item.rel))), dest);
      continue;
    }
    const intoDir = st.type !== 'dir' && (dirDest || (vfs.exists(dest) && vfs.stat(dest).type === 'dir'));
    const target = intoDir ? `${dest === '/' ? '' : dest}/${item.rel.split('/').pop()}` : dest;
    copyTree(src, item.rel, vfs, target, own);
  }
  let size = 0;
  const count = (n: typeof upper.rootInode) => {
    for (const c of n.entries?.values() ?? []) {
      if (c.type === 'file') size += c.data.length;
      if (c.type === 'dir') count(c);
    }
  };
  count(upper.rootInode);
  commitImage(b, state, containerConfig, upper, '', size);
}

/** `COPY <<EOF /path` (BuildKit): each here-document becomes a file (0644, root) at the destination. */
async function heredocCopy(b: Builder, state: StageState, inst: Instruction, words: string[]): Promise<void> {
  const docs = inst.heredocs!;
  let dest = words[words.length - 1]!;
  const workdir = state.config.WorkingDir || '/';
  const intoDir = dest.endsWith('/') || docs.length > 1;
  if (!dest.startsWith('/')) dest = `${workdir.replace(/\/$/, '')}/${dest}`;
  const cmd = nopCmdString(state.config, `${inst.cmd.toUpperCase()} heredoc:${docs.map((d) => d.body).join('\0')} in ${words[words.length - 1]} `);
  const containerConfig = { ...structuredClone(state.config), Cmd: cmd };
  if (await probeCache(b, state, containerConfig)) return;
  const { vfs, upper } = layerOver(b, state.image);
  let size = 0;
  for (const d of docs) {
    const path = intoDir ? `${dest.replace(/\/$/, '')}/${d.name}` : dest;
    mkdirAll(vfs, path.slice(0, path.lastIndexOf('/')) || '/');
    vfs.writeFile(path, d.body, { mode: 0o644 });
    vfs.chmod(path, 0o644);
    size += d.body.length;
  }
  commitImage(b, state, containerConfig, upper, '', size);
}
