import { FsError, STRERROR } from '../../kernel/fs/errors.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { SIGNALS, SIGNAL_NAMES } from '../../kernel/proc/signals.ts';
import type { AppletContext } from '../../shell/applets/types.ts';
import { closeListening, declareListening, inheritListening } from './listening.ts';
import { openLog } from './log-target.ts';
import type { NginxBuild } from './nginx-build.ts';
import { NginxConfError } from './nginx-conf.ts';
import type { NginxLog } from './nginx-log.ts';
import { type Loaded, type NginxOptions, loadConfig } from './nginx.ts';
import { bindListens, workerAccount } from './nginx-startup.ts';
import { awaitSignals, handleSignals, noteSender, takeSender } from './signal-wait.ts';
import type { Account } from './passwd.ts';

export interface MasterRun {
  build: NginxBuild;
  log: NginxLog;
  loaded: Loaded;
  options: NginxOptions;
}

const MASTER_SIGNALS = ['HUP', 'INT', 'QUIT', 'TERM', 'USR1', 'WINCH', 'CHLD', 'IO', 'ALRM'];
/** What ngx_signal_handler appends to "signal N (SIGX) received": the action taken. */
const ACTION: Record<string, string> = { QUIT: ', shutting down', TERM: ', exiting', INT: ', exiting', HUP: ', reconfiguring', USR1: ', reopening logs' };

interface Worker {
  proc: Process;
  /** Told to quit by a reload: its exit is followed by the channel's SIGIO. */
  old: boolean;
}

/** `nginx` without -t/-s/-v: checks, binds, then becomes the master (after daemonizing with `daemon on`). */
export async function runMaster(ctx: AppletContext, run: MasterRun): Promise<number> {
  const { log, loaded } = run;
  const s = loaded.settings;
  const account = await workerAccount(ctx, log, s);
  if (account === null) return 1;
  if (!(await bindListens(ctx, log, s.listens))) return 1;
  await startupNotices(ctx, run);
  if (s.daemon) {
    // ngx_daemon: the parent returns at once (a container whose PID 1 it was ends here).
    void ctx.fork((child) => masterLoop(child, run, account));
    return 0;
  }
  return masterLoop(ctx, run, account);
}

async function startupNotices(ctx: AppletContext, run: MasterRun): Promise<void> {
  const pid = ctx.proc.pid;
  for (const text of ['using the "epoll" event method', `nginx/${run.build.version}`, `built by ${run.build.compiler}`, `OS: Linux ${ctx.host.kernelRelease}`, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576']) {
    await run.log.write('notice', pid, text);
  }
}

async function masterLoop(ctx: AppletContext, run: MasterRun, account: Account | undefined): Promise<number> {
  const proc = ctx.proc;
  const log = run.log;
  let settings = run.loaded.settings;
  handleSignals(proc, MASTER_SIGNALS);
  declareListening(proc, settings.listens);
  log.reopen(openLog(ctx, settings.errorLog.path), settings.errorLog.level);
  try {
    ctx.fs.writeFile(settings.pidPath, `${proc.pid}\n`);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await log.write('emerg', proc.pid, `open() "${settings.pidPath}" failed (${e.code === 'ENOENT' ? 2 : 13}: ${STRERROR[e.code]})`);
    return 1;
  }
  log.echo = false;
  proc.argv = [`nginx: master process ${ctx.argv.join(' ')}`];
  const workers: Worker[] = [];
  const start = async () => {
    await log.write('notice', proc.pid, 'start worker processes');
    for (let i = 0; i < workerCount(ctx, settings.workers); i++) workers.push({ proc: await spawnWorker(ctx, log, account), old: false });
  };
  await start();
  let mode: 'run' | 'quit' | 'term' = 'run';
  for (;;) {
    if (mode !== 'run' && workers.length === 0) {
      await log.write('notice', proc.pid, 'exit');
      removePidFile(ctx, settings.pidPath);
      closeListening(proc);
      return 0;
    }
    for (const sig of await awaitSignals(proc)) {
      const name = SIGNAL_NAMES[sig]!;
      if (name === 'CHLD') {
        await reapWorkers(ctx, log, workers, mode === 'run' ? account : null);
        continue;
      }
      const from = takeSender(proc, sig);
      const action = name === 'WINCH' || name === 'IO' || name === 'ALRM' ? '' : ACTION[name] ?? '';
      await log.write('notice', proc.pid, `signal ${sig} (SIG${name}) received${from ? ` from ${from}` : ''}${action}`);
      if (name === 'QUIT' || name === 'TERM' || name === 'INT') {
        mode = name === 'QUIT' ? 'quit' : 'term';
        for (const w of workers) tellWorker(ctx, w.proc, name === 'QUIT' ? 'QUIT' : 'TERM');
      } else if (name === 'USR1') {
        await log.write('notice', proc.pid, 'reopening logs');
        for (const w of workers) tellWorker(ctx, w.proc, 'USR1');
      } else if (name === 'HUP') {
        const next = await reconfigure(ctx, run);
        if (!next) continue;
        settings = next.settings;
        closeListening(proc);
        declareListening(proc, settings.listens);
        const old = workers.splice(0);
        await start();
        for (const w of old) {
          w.old = true;
          workers.push(w);
          tellWorker(ctx, w.proc, 'QUIT');
        }
      }
    }
  }
}

/** SIGHUP: re-reads the configuration; a broken one is logged and the old one stays in force. */
async function reconfigure(ctx: AppletContext, run: MasterRun): Promise<Loaded | null> {
  const pid = ctx.proc.pid;
  await run.log.write('notice', pid, 'reconfiguring');
  try {
    const loaded = loadConfig(ctx, run.options);
    run.log.reopen(openLog(ctx, loaded.settings.errorLog.path), loaded.settings.errorLog.level);
    await run.log.write('notice', pid, 'using the "epoll" event method');
    return loaded;
  } catch (e) {
    if (!(e instanceof NginxConfError)) throw e;
    await run.log.write('emerg', pid, e.message);
    return null;
  }
}

function workerCount(ctx: AppletContext, n: number | 'auto'): number {
  return n === 'auto' ? ctx.host.cpus : n;
}

/** The master talks to its workers over a socketpair (ngx_write_channel); a signal carries it here. */
function tellWorker(ctx: AppletContext, worker: Process, name: string): void {
  noteSender(worker, SIGNALS[name]!, ctx.proc.pid);
  ctx.kernel.signal(worker, SIGNALS[name]!, ctx.proc);
}

async function spawnWorker(ctx: AppletContext, log: NginxLog, account: Account | undefined): Promise<Process> {
  const master = ctx.proc;
  const creds = account ? { uid: account.uid, gid: account.gid, groups: account.groups, capBnd: master.creds.capBnd } : undefined;
  const w = ctx.kernel.spawn(master, { argv: ['nginx: worker process'], creds, main: (p) => workerMain(p, master, log) });
  w.comm = 'nginx';
  w.exe = master.exe;
  inheritListening(master, w);
  await log.write('notice', master.pid, `start worker process ${w.pid}`);
  return w;
}

/** ngx_worker_process_cycle: waits for the master's commands (or signals sent to it directly). */
async function workerMain(p: Process, master: Process, log: NginxLog): Promise<number> {
  handleSignals(p, ['HUP', 'INT', 'QUIT', 'TERM', 'USR1', 'WINCH']);
  for (;;) {
    for (const sig of await awaitSignals(p)) {
      const name = SIGNAL_NAMES[sig]!;
      const from = takeSender(p, sig);
      if (from !== master.pid) await log.write('notice', p.pid, `signal ${sig} (SIG${name}) received${from ? ` from ${from}` : ''}${ACTION[name] ?? ''}`);
      if (name === 'QUIT') await log.write('notice', p.pid, 'gracefully shutting down');
      if (name === 'QUIT' || name === 'TERM' || name === 'INT') {
        await log.write('notice', p.pid, 'exiting');
        await log.write('notice', p.pid, 'exit');
        return 0;
      }
      if (name === 'USR1') await log.write('notice', p.pid, 'reopening logs');
    }
  }
}

/** ngx_reap_children: logs each exited worker, reaps it, and respawns one that died unasked. */
async function reapWorkers(ctx: AppletContext, log: NginxLog, workers: Worker[], respawnAs: Account | undefined | null): Promise<void> {
  const master = ctx.proc;
  for (const w of [...workers]) {
    const st = w.proc.exitStatus;
    if (!st) continue;
    const pid = w.proc.pid;
    await log.write('notice', master.pid, `signal 17 (SIGCHLD) received from ${pid}`);
    if (st.signal !== undefined) await log.write('alert', master.pid, `worker process ${pid} exited on signal ${st.signal}${st.core ? ' (core dumped)' : ''}`);
    else await log.write(st.code === 0 ? 'notice' : 'alert', master.pid, `worker process ${pid} exited with code ${st.code}`);
    ctx.kernel.reap(w.proc);
    workers.splice(workers.indexOf(w), 1);
    if (w.old) await log.write('notice', master.pid, 'signal 29 (SIGIO) received');
    else if (respawnAs !== null && (st.signal !== undefined || st.code !== 0)) {
      const proc = await spawnWorker(ctx, log, respawnAs);
      workers.push({ proc, old: false });
    }
  }
}

function removePidFile(ctx: AppletContext, path: string): void {
  try {
    ctx.fs.unlink(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
}
