import type { Builtin } from './types.ts';

const fmt = (micros: number) => {
  const s = micros / 1e6;
  return `${Math.floor(s / 60)}m${(s % 60).toFixed(3)}s`;
};

const times: Builtin = {
  async run(sh) {
    let children = 0;
    for (const p of sh.kernel.procs.values()) if (p.parent === sh.proc) children += p.cpuMicros;
    await sh.out(`${fmt(sh.proc.cpuMicros)} ${fmt(0)}\n${fmt(children)} ${fmt(0)}\n`);
    return 0;
  },
};
export default times;
