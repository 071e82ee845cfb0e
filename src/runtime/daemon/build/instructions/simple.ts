/**
 * The one-value metadata instructions: the value expanded, set in the config, committed with the
 * comment the engine writes (`USER nobody`, `STOPSIGNAL SIGINT`, `MAINTAINER me`).
 */
import { commitNop, nopCmd } from '../commit.ts';
import { signalNumber } from '../../engine.ts';
import { BuildError, type InstructionDef } from '../state.ts';
import { atLeastOne, exactlyOne, expanded } from './args.ts';

export const user: InstructionDef = {
  flags: [],
  check: atLeastOne,
  async run(b, state, inst) {
    state.config.User = expanded(b, state, inst.rest);
    await commitNop(b, state, nopCmd(state.config, `USER ${state.config.User}`));
  },
};

export const stopsignal: InstructionDef = {
  flags: [],
  check: exactlyOne,
  async run(b, state, inst) {
    const sig = expanded(b, state, inst.rest);
    const n = signalNumber(sig);
    if (n === undefined || n <= 0 || n > 64) throw new BuildError(`Invalid signal: ${sig}`);
    state.config.StopSignal = sig;
    await commitNop(b, state, nopCmd(state.config, `STOPSIGNAL ${sig}`));
  },
};

/** MAINTAINER (deprecated, still accepted): the image's Author. */
export const maintainer: InstructionDef = {
  flags: [],
  check: atLeastOne,
  async run(b, state, inst) {
    state.maintainer = inst.rest;
    await commitNop(b, state, nopCmd(state.config, `MAINTAINER ${inst.rest}`));
  },
};
