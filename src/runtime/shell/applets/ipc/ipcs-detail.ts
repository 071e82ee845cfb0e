import { type IpcKind, type IpcObject, ipcAccess } from '../../../kernel/ipc/objects.ts';
import { pidSeenFrom } from '../../../kernel/ipc/sysvipc.ts';
import type { Process } from '../../../kernel/proc/process.ts';
import { ctime24, left } from './ipc-view.ts';
import { printSize, type Unit } from './ipcs-tables.ts';

const when = (t: number) => left(t ? ctime24(t) : 'Not set', 26);
const octal = (m: number) => (m ? `0${m.toString(8)}` : '0');

/** What `ipcs -q|-m|-s -i ID` prints, or the error it stops with (`semctl(GETVAL)` needs read access). */
export function detail(kind: IpcKind, o: IpcObject, unit: Unit, caller: Process): { out: string } | { err: string } {
  const human = unit === 'human';
  const ids = (sep: string) => `uid=${o.uid}${sep}gid=${o.gid}${sep}cuid=${o.cuid}${sep}cgid=${o.cgid}`;
  if (kind === 'msg') {
    // msgctl(IPC_STAT) fills qbytes only when the caller may read the queue
    const qbytes = ipcAccess(caller, o, 0o444) ? o.size : 0;
    return { out: `\nMessage Queue msqid=${o.id}\n${ids('\t')}\tmode=${octal(o.mode)}\n` +
      printSize(unit, human ? 'csize=' : 'cbytes=', 0, '\t') + printSize(unit, human ? 'qsize=' : 'qbytes=', qbytes, '\t') +
      `qnum=0\tlspid=0\tlrpid=0\nsend_time=${when(0)}\nrcv_time=${when(0)}\nchange_time=${when(o.ctime)}\n\n` };
  }
  if (kind === 'shm') {
    return { out: `\nShared memory Segment shmid=${o.id}\n${ids('\t')}\nmode=${octal(o.mode)}\taccess_perms=${octal(o.mode)}\n` +
      printSize(unit, human ? 'size=' : 'bytes=', o.size, '\t') + `lpid=0\tcpid=${pidSeenFrom(o.creator, caller.ns.pid)}\tnattch=0\n` +
      `att_time=${when(0)}\ndet_time=${when(0)}\nchange_time=${when(o.ctime)}\n\n` };
  }
  if (!ipcAccess(caller, o, 0o444)) return { err: 'semctl(GETVAL) failed: Permission denied' };
  const rows = Array.from({ length: o.size }, (_, i) => `${[i, 0, 0, 0, 0].map((n) => left(n, 10)).join(' ')}\n`).join('');
  return { out: `\nSemaphore Array semid=${o.id}\n${ids('\t ')}\nmode=${octal(o.mode)}, access_perms=${octal(o.mode)}\nnsems = ${o.size}\n` +
    `otime = ${when(0)}\nctime = ${when(o.ctime)}\n${['semnum', 'value', 'ncount', 'zcount', 'pid'].map((c) => left(c, 10)).join(' ')}\n${rows}\n` };
}
