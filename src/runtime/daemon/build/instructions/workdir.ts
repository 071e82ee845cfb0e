import { commitImage, createStepContainer, nopCmdString, probeCache, removeStepContainer } from '../commit.ts';
import { rootfsVfs } from '../../container/fsview.ts';
import type { InstructionDef } from '../state.ts';
import { exactlyOne, expanded } from './args.ts';
import { snapshotUpper } from '../../container/changes.ts';
import { MemFs } from '../../../kernel/fs/memfs.ts';

/** WORKDIR: relative paths join the current one; the engine creates the directory in a container. */
const workdir: InstructionDef = {
  flags: [],
  check: exactlyOne,
  async run(b, state, inst) {
    const dir = expanded(b, state, inst.rest);
    const base = state.config.WorkingDir || '/';
    const joined = dir.startsWith('/') ? dir : `${base.replace(/\/$/, '')}/${dir}`;
    state.config.WorkingDir = normalize(joined);
    const cmd = nopCmdString(state.config, `WORKDIR ${state.config.WorkingDir}`);
    const containerConfig = { ...structuredClone(state.config), Cmd: cmd };
    if (await probeCache(b, state, containerConfig)) return;
    const c = await createStepContainer(b, state, cmd);
    // ContainerCreateWorkdir: the directory (and parents) made root-owned in the container's layer.
    const vfs = rootfsVfs(b.host, c);
    let at = '';
    for (const part of state.config.WorkingDir.split('/').filter(Boolean)) {
      at += `/${part}`;
      if (!vfs.exists(at)) vfs.mkdir(at, 0o755);
    }
    const fs = new MemFs({ fstype: 'overlay', dev: b.host.allocDev(), now: () => b.host.clock.now });
    const snap = snapshotUpper(c, fs);
    commitImage(b, state, containerConfig, fs, c.id, snap.size);
    await removeStepContainer(b, c);
  },
};

function normalize(p: string): string {
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') parts.pop();
    else parts.push(s);
  }
  return `/${parts.join('/')}`;
}
export default workdir;
