import { HZ, type ProcRow } from './proc-table.ts';

/** top -O: every field name top 4.0.2 knows, in its order. */
export const TOP_FIELDS = ['PID','PPID','UID','USER','RUID','RUSER','SUID','SUSER','GID','GROUP','PGRP','TTY','TPGID','SID','PR','NI','nTH','P','%CPU','TIME','TIME+','%MEM','VIRT','SWAP','RES','CODE','DATA','SHR','nMaj','nMin','nDRT','S','COMMAND','WCHAN','Flags','CGROUPS','SUPGIDS','SUPGRPS','TGID','OOMa','OOMs','ENVIRON','vMj','vMn','USED','nsIPC','nsMNT','nsNET','nsPID','nsUSER','nsUTS','LXC','RSan','RSfd','RSlk','RSsh','CGNAME','NU','LOGID','EXE','RSS','PSS','PSan','PSfd','PSsh','USS','ioR','ioRop','ioW','ioWop','AGID','AGNI','STARTED','ELAPSED','%CUU','%CUC','nsCGROUP','nsTIME'];

export const TOP_USAGE = `
Usage:
 top [options]

Options:
 -b, --batch-mode                run in non-interactive batch mode
 -c, --cmdline-toggle            reverse last remembered 'c' state
 -d, --delay =SECS [.TENTHS]     iterative delay as SECS [.TENTHS]
 -E, --scale-summary-mem =SCALE  set mem as: k,m,g,t,p,e for SCALE
 -e, --scale-task-mem =SCALE     set mem with: k,m,g,t,p for SCALE
 -H, --threads-show              show tasks plus all their threads
 -i, --idle-toggle               reverse last remembered 'i' state
 -n, --iterations =NUMBER        exit on maximum iterations NUMBER
 -O, --list-fields               output all field names, then exit
 -o, --sort-override =FIELD      force sorting on this named FIELD
 -p, --pid =PIDLIST              monitor only the tasks in PIDLIST
 -S, --accum-time-toggle         reverse last remembered 'S' state
 -s, --secure-mode               run with secure mode restrictions
 -U, --filter-any-user =USER     show only processes owned by USER
 -u, --filter-only-euser =USER   show only processes owned by USER
 -w, --width [=COLUMNS]          change print width [,use COLUMNS]
 -1, --single-cpu-toggle         reverse last remembered '1' state

 -h, --help                      display this help text, then exit
 -V, --version                   output version information & exit

For more details see top(1).
`;

/** scale_mem: the value in KiB if it fits the column, else scaled with a suffix. */
export function scaleKb(kb: number, width: number, target: string): string {
  const sfx = 'kmgtpe';
  let v = kb;
  for (let i = 0; i < 5; i++) {
    if (i >= sfx.indexOf(target)) {
      const s = i === 0 ? String(Math.round(v)) : `${v.toFixed(1)}${sfx[i]}`;
      if (s.length <= width) return s.padStart(width);
    }
    v /= 1024;
  }
  return '?'.padStart(width);
}

/** Sort keys for the task table (-o FIELD). */
export function topSortKey(field: string, pcpu: (r: ProcRow) => number): (r: ProcRow) => number | string {
  switch (field) {
    case '%CPU': return pcpu;
    case '%MEM': case 'RES': case 'RSS': case 'USED': return (r) => r.rssKb;
    case 'VIRT': case 'DATA': return (r) => r.vszKb;
    case 'TIME': case 'TIME+': return (r) => r.cpuTicks / HZ;
    case 'PPID': return (r) => r.ppid;
    case 'UID': case 'RUID': case 'SUID': return (r) => r.uid;
    case 'USER': case 'RUSER': case 'SUSER': return (r) => r.user;
    case 'GID': return (r) => r.gid;
    case 'GROUP': return (r) => r.group;
    case 'PR': case 'NI': return (r) => r.nice;
    case 'S': return (r) => r.state;
    case 'COMMAND': return (r) => r.comm;
    case 'PGRP': return (r) => r.pgid;
    case 'SID': return (r) => r.sid;
    case 'TTY': return (r) => r.tty;
    case 'STARTED': case 'ELAPSED': return (r) => -r.startSec;
    default: return (r) => r.pid;
  }
}
