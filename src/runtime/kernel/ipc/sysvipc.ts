import type { PidNamespace } from '../ns/pid.ts';
import type { Process } from '../proc/process.ts';
import { type SynthNode, synthDir, synthFile } from '../fs/synthfs.ts';
import { type IpcKind, type IpcObject, ipcTable } from './objects.ts';

/** A pid as `ns` sees it (pid_nr_ns): 0 when the process lives outside that namespace's tree. */
export function pidSeenFrom(p: Process, ns: PidNamespace): number {
  return ns.isAncestorOf(p.ns.pid) ? p.pidAt(ns.level) : 0;
}

const r = (n: number | bigint, w: number) => String(n).padStart(w);
const o4 = (mode: number) => mode.toString(8).padStart(4);

/** Header and row of each file, as ipc/msg.c, shm.c and sem.c print them (sysvipc_*_proc_show). */
const FORMATS: Record<IpcKind, { header: string; row: (o: IpcObject, pidns: PidNamespace) => string }> = {
  msg: {
    header: '       key      msqid perms      cbytes       qnum lspid lrpid   uid   gid  cuid  cgid      stime      rtime      ctime\n',
    row: (o) => `${r(o.key, 10)} ${r(o.id, 10)}  ${o4(o.mode)}  ${r(0, 10)} ${r(0, 10)} ${r(0, 5)} ${r(0, 5)} ${ids(o)} ${r(0, 10)} ${r(0, 10)} ${r(o.ctime, 10)}\n`,
  },
  shm: {
    header: '       key      shmid perms                  size  cpid  lpid nattch   uid   gid  cuid  cgid      atime      dtime      ctime                   rss                  swap\n',
    row: (o, pidns) => `${r(o.key, 10)} ${r(o.id, 10)}  ${o4(o.mode)} ${r(o.size, 21)} ${r(pidSeenFrom(o.creator, pidns), 5)} ${r(0, 5)}  ${r(0, 5)} ${ids(o)} ${r(0, 10)} ${r(0, 10)} ${r(o.ctime, 10)} ${r(0, 21)} ${r(0, 21)}\n`,
  },
  sem: {
    header: '       key      semid perms      nsems   uid   gid  cuid  cgid      otime      ctime\n',
    row: (o) => `${r(o.key, 10)} ${r(o.id, 10)}  ${o4(o.mode)} ${r(o.size, 10)} ${ids(o)} ${r(0, 10)} ${r(o.ctime, 10)}\n`,
  },
};

function ids(o: IpcObject): string {
  return `${r(o.uid, 5)} ${r(o.gid, 5)} ${r(o.cuid, 5)} ${r(o.cgid, 5)}`;
}

/** /proc/sysvipc: the objects of the reader's IPC namespace, pids as this /proc's namespace sees them. */
export function sysvipcDir(viewer: () => Process | null, pidns: PidNamespace): SynthNode {
  const file = (kind: IpcKind) =>
    synthFile(() => {
      const v = viewer();
      const rows = v ? ipcTable(v.ns.ipc).list(kind).map((o) => FORMATS[kind].row(o, pidns)) : [];
      return FORMATS[kind].header + rows.join('');
    });
  return synthDir(() => new Map([['msg', file('msg')], ['sem', file('sem')], ['shm', file('shm')]]));
}
