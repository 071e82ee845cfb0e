import { IPC_LIMITS, PAGE_SIZE } from '../../../kernel/ipc/limits.ts';
import type { IpcKind, IpcObject } from '../../../kernel/ipc/objects.ts';
import { pidSeenFrom } from '../../../kernel/ipc/sysvipc.ts';
import type { PidNamespace } from '../../../kernel/ns/pid.ts';
import { ctime24, hexKey, humanSize, left, right } from './ipc-view.ts';

export type Format = 'default' | 'limits' | 'status' | 'creator' | 'time' | 'pid';
export type Unit = 'default' | 'bytes' | 'kb' | 'human';

export interface TableView {
  objects: IpcObject[];
  format: Format;
  unit: Unit;
  busybox: boolean;
  pidns: PidNamespace;
  user: (uid: number) => string | undefined;
  group: (gid: number) => string | undefined;
}

const U64_MAX = (1n << 64n) - 1n;
const NOT_SET = 'Not set';

/** ipc_print_size(): `msg (bytes) = N`, `msg (kbytes) = N`, `msg = 4.9K`, or a bare padded value. */
export function printSize(unit: Unit, msg: string | null, size: bigint | number, end: string, width = 0): string {
  let head = '';
  if (msg === null) head = '';
  else if (msg.endsWith('=')) head = msg;
  else if (unit === 'bytes') head = `${msg} (bytes) = `;
  else if (unit === 'kb') head = `${msg} (kbytes) = `;
  else head = `${msg} = `;
  const v = unit === 'human' ? humanSize(size) : String(unit === 'kb' ? BigInt(size) / 1024n : size);
  const padded = width < 0 ? v.padEnd(-width) : v.padStart(width);
  return head + padded + end;
}

const owner = (v: TableView, o: IpcObject, idWidth: number, nameMax = 10) => {
  const name = v.user(o.uid);
  return `${left(o.id, idWidth)} ${name === undefined ? left(o.uid, v.busybox && nameMax === 9 ? 9 : 10) : left(name, 10, nameMax)}`;
};
const shortTime = (t: number) => (t ? `${ctime24(t).slice(4)} `.slice(0, 16) : NOT_SET).padEnd(20);

function creatorRow(v: TableView, o: IpcObject): string {
  const n = (name: string | undefined, id: number) => left(name ?? id, 10);
  return `${left(o.id, 10)} ${left(o.mode.toString(8), 10)} ${n(v.user(o.cuid), o.cuid)} ${n(v.group(o.cgid), o.cgid)} ${n(v.user(o.uid), o.uid)} ${n(v.group(o.gid), o.gid)}\n`;
}
const CREATOR_COLS = (id: string) => `${[id, 'perms', 'cuid', 'cgid', 'uid', 'gid'].map((c) => left(c, 10)).join(' ')}\n`;

function doMsg(v: TableView): string {
  const bb = v.busybox;
  switch (v.format) {
    case 'limits': {
      const u: Unit = v.unit === 'default' ? 'bytes' : v.unit;
      return `------ Message${bb ? 's: Limits' : 's Limits'} --------\nmax queues system wide = ${IPC_LIMITS.msgmni}\n` +
        (bb ? `max size of message (bytes) = ${IPC_LIMITS.msgmax}\ndefault max size of queue (bytes) = ${IPC_LIMITS.msgmnb}\n`
          : printSize(u, 'max size of message', IPC_LIMITS.msgmax, '\n') + printSize(u, 'default max size of queue', IPC_LIMITS.msgmnb, '\n'));
    }
    case 'status':
      return `------ Message${bb ? 's: Status' : 's Status'} --------\nallocated queues = ${v.objects.length}\nused headers = 0\n` +
        (bb ? 'used space = 0 bytes\n' : printSize(v.unit, 'used space', 0, v.unit === 'default' ? ' bytes\n' : '\n'));
    case 'creator':
      return `------ Message${bb ? ' Queues: Creators/Owners' : ' Queues Creators/Owners'} --------\n${CREATOR_COLS('msqid')}${v.objects.map((o) => creatorRow(v, o)).join('')}`;
    case 'time':
      return `------ Message Queues Send/Recv/Change Times --------\n${left('msqid', 8)} ${left('owner', 10)} ${left('send', 20)} ${left('recv', 20)} ${left('change', 20)}\n` +
        v.objects.map((o) => `${owner(v, o, 8)} ${shortTime(0)} ${shortTime(0)} ${shortTime(o.ctime)}\n`).join('');
    case 'pid':
      return `------ Message Queues PIDs --------\n${['msqid', 'owner', 'lspid', 'lrpid'].map((c) => left(c, 10)).join(' ')}\n` +
        v.objects.map((o) => `${owner(v, o, 8)}  ${right(0, 5)}     ${right(0, 5)}\n`).join('');
    default: {
      const human = v.unit === 'human';
      return `------ Message Queues --------\n${left('key', 10)} ${left('msqid', 10)} ${left('owner', 10)} ${left('perms', 10)} ${left(human ? 'size' : 'used-bytes', 12)} ${left('messages', 12)}\n` +
        v.objects.map((o) => `${hexKey(o.key)} ${owner(v, o, 10)} ${left(o.mode.toString(8), 10)} ${human ? printSize('human', null, 0, '      ', 6) : printSize('default', null, 0, '', -12)} ${left(0, 12)}\n`).join('');
    }
  }
}

function shmLimits(v: TableView): string {
  const L = IPC_LIMITS;
  if (v.busybox) {
    return `max number of segments = ${L.shmmni}\nmax seg size (kbytes) = ${L.shmmax >> 10n}\nmax total shared memory (pages) = ${L.shmall}\nmin seg size (bytes) = ${L.shmmin}\n`;
  }
  const kb = v.unit === 'default' || v.unit === 'kb';
  const wrap = (mul: bigint) => (L.shmall * mul > U64_MAX ? U64_MAX - (U64_MAX % mul) : L.shmall * mul);
  return `max number of segments = ${L.shmmni}\n` +
    printSize(v.unit === 'default' ? 'kb' : v.unit, 'max seg size', L.shmmax, '\n') +
    (kb ? printSize('default', 'max total shared memory (kbytes)', wrap(BigInt(PAGE_SIZE / 1024)), '\n')
      : printSize(v.unit, 'max total shared memory', wrap(BigInt(PAGE_SIZE)), '\n')) +
    printSize(v.unit === 'default' ? 'bytes' : v.unit, 'min seg size', L.shmmin, '\n');
}

function doShm(v: TableView): string {
  switch (v.format) {
    case 'limits':
      return `------ Shared Memory Limits --------\n${shmLimits(v)}`;
    case 'status': {
      const pages = v.objects.reduce((s, o) => s + Math.ceil(o.size / PAGE_SIZE), 0);
      return `------ Shared Memory Status --------\nsegments allocated ${v.objects.length}\npages allocated ${pages}\npages resident  0\npages swapped   0\nSwap performance: 0 attempts\t${v.busybox ? '' : ' '}0 successes\n`;
    }
    case 'creator':
      return `------ Shared Memory Segment Creators/Owners --------\n${CREATOR_COLS('shmid')}${v.objects.map((o) => creatorRow(v, o)).join('')}`;
    case 'time':
      return `------ Shared Memory Attach/Detach/Change Times --------\n${left('shmid', 10)} ${left('owner', 10)} ${left('attached', 20)} ${left('detached', 20)} ${left('changed', 20)}\n` +
        v.objects.map((o) => `${owner(v, o, 10)} ${shortTime(0)} ${shortTime(0)} ${shortTime(o.ctime)}\n`).join('');
    case 'pid':
      return `------ Shared Memory ${v.busybox ? 'Creator/Last-op' : 'Creator/Last-op PIDs'} --------\n${['shmid', 'owner', 'cpid', 'lpid'].map((c) => left(c, 10)).join(' ')}\n` +
        v.objects.map((o) => `${owner(v, o, 10)} ${left(pidSeenFrom(o.creator, v.pidns), 10)} ${left(0, 10)}\n`).join('');
    default: {
      const human = v.unit === 'human';
      return `------ Shared Memory Segments --------\n${left('key', 10)} ${left('shmid', 10)} ${left('owner', 10)} ${left('perms', 10)} ${left(human ? 'size' : 'bytes', 10)} ${left('nattch', 10)} ${left('status', 12)}\n` +
        v.objects.map((o) => `${hexKey(o.key)} ${owner(v, o, 10)} ${left(o.mode.toString(8), 10)} ${human ? printSize('human', null, o.size, '    ', 6) : printSize('default', null, o.size, '', -10)} ${left(0, 10)} ${left(' ', 6)} ${left(' ', 6)}\n`).join('');
    }
  }
}

function doSem(v: TableView): string {
  const L = IPC_LIMITS;
  switch (v.format) {
    case 'limits':
      return `------ Semaphore Limits --------\nmax number of arrays = ${L.semmni}\nmax semaphores per array = ${L.semmsl}\nmax semaphores system wide = ${L.semmns}\nmax ops per semop call = ${L.semopm}\nsemaphore max value = ${L.semvmx}\n`;
    case 'status':
      return `------ Semaphore Status --------\nused arrays = ${v.objects.length}\nallocated semaphores = ${v.objects.reduce((s, o) => s + o.size, 0)}\n`;
    case 'creator':
      return `------ Semaphore Arrays Creators/Owners --------\n${CREATOR_COLS('semid')}${v.objects.map((o) => creatorRow(v, o)).join('')}`;
    case 'time':
      return `------ ${v.busybox ? 'Shared Memory' : 'Semaphore'} Operation/Change Times --------\n${left(v.busybox ? 'shmid' : 'semid', 8)} ${left('owner', 10)} ${left('last-op', 26)} ${left('last-changed', 26)}\n` +
        v.objects.map((o) => `${owner(v, o, 8)}  ${left(NOT_SET, 26)} ${left(ctime24(o.ctime), 26)}\n`).join('');
    case 'pid':
      return ''; // ipcs has no pid view of semaphores: only the blank lines around it remain
    default:
      return `------ Semaphore Arrays --------\n${['key', 'semid', 'owner', 'perms', 'nsems'].map((c) => left(c, 10)).join(' ')}\n` +
        v.objects.map((o) => `${hexKey(o.key)} ${owner(v, o, 10, v.busybox ? 9 : 10)} ${left(o.mode.toString(8), 10)} ${left(o.size, 10)}\n`).join('');
  }
}

export const TABLES: Record<IpcKind, (v: TableView) => string> = { msg: doMsg, shm: doShm, sem: doSem };
