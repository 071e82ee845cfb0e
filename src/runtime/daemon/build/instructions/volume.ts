import { commitNop, nopCmd } from '../commit.ts';
import { sortKeys } from '../../container/create.ts';
import { BuildError, type InstructionDef } from '../state.ts';
import { atLeastOne, expandedWords } from './args.ts';

/** VOLUME: JSON list or words; the history shows Go's %v of the list (`VOLUME [/data]`). */
const volume: InstructionDef = {
  flags: [],
  check: atLeastOne,
  async run(b, state, inst) {
    const list = inst.json ?? expandedWords(b, state, inst.rest);
    const vols = { ...(state.config.Volumes ?? {}) };
    for (const v of list) {
      if (!v.trim()) throw new BuildError('VOLUME specified can not be an empty string');
      vols[v] = {};
    }
    state.config.Volumes = sortKeys(vols);
    await commitNop(b, state, nopCmd(state.config, `VOLUME [${list.join(' ')}]`));
  },
};
export default volume;
