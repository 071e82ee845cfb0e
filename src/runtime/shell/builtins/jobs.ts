import { JobTable } from '../interpreter/jobs.ts';
import type { Builtin } from './types.ts';

const jobs: Builtin = {
  async run(sh, argv) {
    const pidsOnly = argv.includes('-p');
    const long = argv.includes('-l');
    for (const job of sh.jobs.all()) {
      if (pidsOnly) await sh.out(`${job.procs[0]!.pid}\n`);
      else await sh.out(`${sh.jobs.format(job, long)}\n`);
      if (JobTable.state(job) === 'Done') {
        sh.jobs.remove(job);
        for (const p of job.procs) sh.kernel.reap(p);
      }
    }
    return 0;
  },
};
export default jobs;
