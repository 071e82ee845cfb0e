import { commitNop, nopCmd } from '../commit.ts';
import { sortKeys } from '../../container/create.ts';
import { BuildError, type InstructionDef } from '../state.ts';
import { atLeastOne, expandedWords } from './args.ts';

/** EXPOSE: `80`, `80/tcp`, `53/udp`, ranges; the history keeps the words as written (expanded), sorted. */
const expose: InstructionDef = {
  flags: [],
  check: atLeastOne,
  async run(b, state, inst) {
    const words = expandedWords(b, state, inst.rest);
    const ports = { ...(state.config.ExposedPorts ?? {}) };
    for (const w of words) {
      const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(w);
      if (!m) throw new BuildError(`Invalid containerPort: ${w.split('/')[0]}`);
      const lo = Number(m[1]);
      const hi = m[2] ? Number(m[2]) : lo;
      for (let p = lo; p <= hi; p++) ports[`${p}/${(m[3] ?? 'tcp').toLowerCase()}`] = {};
    }
    state.config.ExposedPorts = sortKeys(ports);
    await commitNop(b, state, nopCmd(state.config, `EXPOSE ${[...words].sort().join(' ')}`));
  },
};
export default expose;
