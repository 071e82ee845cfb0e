import { commitNop, nopCmd } from '../commit.ts';
import { sortKeys } from '../../container/create.ts';
import { lookupOf, type InstructionDef } from '../state.ts';
import { processWord } from '../words.ts';
import { nameValues } from './args.ts';

/** LABEL: name=value pairs (quotes removed, variables expanded) merged into Config.Labels. */
const label: InstructionDef = {
  flags: [],
  check: (inst) => {
    const r = nameValues(inst);
    return Array.isArray(r) ? null : r;
  },
  async run(b, state, inst) {
    const look = lookupOf(state);
    const labels = { ...(state.config.Labels ?? {}) };
    let comment = 'LABEL';
    for (const [k, raw] of nameValues(inst, b.escape) as [string, string][]) {
      const key = processWord(k, look, b.escape);
      const v = processWord(raw, look, b.escape);
      comment += ` ${key}=${v}`;
      labels[key] = v;
    }
    state.config.Labels = sortKeys(labels);
    await commitNop(b, state, nopCmd(state.config, comment));
  },
};
export default label;
