import { MemFs } from '../../../kernel/fs/memfs.ts';
import { snapshotUpper } from '../../container/changes.ts';
import { DaemonError } from '../../errors.ts';
import { commitImage, createStepContainer, probeCache, removeStepContainer, shellOf } from '../commit.ts';
import { runAndStream } from '../run-step.ts';
import { BuildError, PREDEFINED_ARGS, runArgs, type InstructionDef } from '../state.ts';
import type { Instruction } from '../parser.ts';

/**
 * RUN: the command in a container on the current image, its changes committed as a layer. The
 * cache key (and the history) is the command prefixed with the build args it saw, `|1 A=b /bin/sh -c …`.
 */
/**
 * The shell text of a RUN: `RUN <<EOF` alone runs the document as the script (BuildKit); a
 * command with here-documents gets them back in shell syntax, so the shell feeds them.
 */
function heredocScript(inst: Instruction): string {
  const docs = inst.heredocs;
  if (!docs) return inst.rest;
  if (docs.length === 1 && /^<<-?(["']?)[A-Za-z_][A-Za-z0-9_]*\1$/.test(inst.rest.trim())) return docs[0]!.body;
  return `${inst.rest}\n${docs.map((d) => `${d.body}${d.name}\n`).join('')}`;
}

const run: InstructionDef = {
  flags: [],
  async run(b, state, inst) {
    const cmd = inst.json ?? (inst.rest ? [...shellOf(state.config), heredocScript(inst)] : shellOf(state.config));
    const args = runArgs(state);
    const saveCmd = args.length ? [`|${args.length}`, ...args, ...cmd] : cmd;
    const containerConfig = { ...structuredClone(state.config), Cmd: saveCmd };
    if (await probeCache(b, state, containerConfig)) return;
    const proxies = [...b.options.buildArgs].filter(([k, v]) => PREDEFINED_ARGS.has(k) && v !== null && !state.args.has(k)).map(([k, v]) => `${k}=${v}`);
    const c = await createStepContainer(b, state, cmd, [...args, ...proxies]);
    let code: number;
    try {
      code = await runAndStream(b, c);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      if (b.options.forceRm) await removeStepContainer(b, c);
      throw new BuildError(e.message);
    }
    if (code !== 0) {
      // The failed step's container stays for inspection unless --force-rm.
      if (b.options.forceRm) await removeStepContainer(b, c);
      throw new BuildError(`The command '${cmd.join(' ')}' returned a non-zero code: ${code}`, code, `executor failed running [${cmd.join(' ')}]: exit code: ${code}`);
    }
    const fs = new MemFs({ fstype: 'overlay', dev: b.host.allocDev(), now: () => b.host.clock.now });
    const snap = snapshotUpper(c, fs);
    commitImage(b, state, containerConfig, fs, c.id, snap.size);
    await removeStepContainer(b, c);
  },
};
export default run;
