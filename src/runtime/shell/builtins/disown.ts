import { findJob } from './jobspec.ts';
import type { Builtin } from './types.ts';

const disown: Builtin = {
  async run(sh, argv) {
    const specs = argv.slice(1).filter((a) => !a.startsWith('-') || a.startsWith('%'));
    if (argv.includes('-a')) {
      for (const j of sh.jobs.all()) sh.jobs.remove(j);
      return 0;
    }
    const targets = specs.length ? specs : ['%+'];
    for (const s of targets) {
      const job = findJob(sh, s.startsWith('%') ? s : `%${s}`);
      if (!job) {
        await sh.diag(`disown: ${s}: no such job`);
        return 1;
      }
      sh.jobs.remove(job);
    }
    return 0;
  },
};
export default disown;
