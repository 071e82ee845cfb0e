import { Interrupted } from '../../kernel/stream.ts';
import { type ExitStatus, type Process, statusCode } from '../../kernel/proc/process.ts';
import type { Shell } from '../interpreter/shell.ts';
import { findJob } from './jobspec.ts';
import type { Builtin } from './types.ts';

/** Waits for `p`; a trapped signal interrupts the wait with status 128+signal. */
async function waitFor(sh: Shell, p: Process): Promise<ExitStatus | number> {
  if (p.exitStatus) return p.exitStatus;
  try {
    return await sh.proc.wait<ExitStatus>((resolve) => {
      void p.exited.then(resolve);
      return () => {};
    }, true);
  } catch (e) {
    if (e instanceof Interrupted && !e.fatal) return 128 + (sh.proc.pendingSignals[0] ?? 0);
    throw e;
  }
}

function settle(sh: Shell, p: Process): void {
  sh.kernel.reap(p);
  const job = sh.jobs.byPid(p.pid);
  if (job && job.procs.every((x) => !x.alive)) sh.jobs.remove(job);
}

const wait: Builtin = {
  async run(sh, argv) {
    const bad = argv.slice(1).find((a) => /^-[^\d]/.test(a) && !/^-[nf]+$/.test(a) && a !== '--');
    if (bad) {
      await sh.diag(`wait: ${bad.slice(0, 2)}: invalid option`);
      await sh.err('wait: usage: wait [-fn] [-p var] [id ...]\n');
      return 2;
    }
    const args = argv.slice(1).filter((a) => a !== '-n' && a !== '-f' && a !== '--');
    const anyOne = argv.includes('-n');
    if (args.length === 0) {
      const children = [...sh.proc.children];
      if (anyOne) {
        if (children.length === 0) return 127;
        const s = await Promise.race(children.map((c) => waitFor(sh, c)));
        const done = children.find((c) => !c.alive);
        if (done) settle(sh, done);
        return typeof s === 'number' ? s : statusCode(s);
      }
      for (const c of children) {
        const s = await waitFor(sh, c);
        if (typeof s === 'number') return s;
        settle(sh, c);
      }
      for (const j of sh.jobs.all()) if (j.procs.every((p) => !p.alive)) sh.jobs.remove(j);
      return 0;
    }
    let status = 0;
    for (const a of args) {
      let procs: Process[];
      if (a.startsWith('%')) {
        const job = findJob(sh, a);
        if (!job) {
          await sh.diag(`wait: ${a}: no such job`);
          status = 127;
          continue;
        }
        procs = job.procs;
      } else {
        if (!/^\d+$/.test(a)) {
          await sh.diag(`wait: \`${a}': not a pid or valid job spec`);
          status = 2;
          continue;
        }
        const p = [...sh.proc.children].find((c) => c.pid === Number(a)) ?? sh.jobs.byPid(Number(a))?.procs.find((c) => c.pid === Number(a));
        if (!p) {
          await sh.diag(`wait: pid ${a} is not a child of this shell`);
          status = 127;
          continue;
        }
        procs = [p];
      }
      for (const p of procs) {
        const s = await waitFor(sh, p);
        if (typeof s === 'number') return s;
        status = statusCode(s);
        settle(sh, p);
      }
    }
    return status;
  },
};
export default wait;
