/** Linux x86-64 signal numbers and their default actions. */
export const SIGNALS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11,
  USR2: 12, PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20,
  TTIN: 21, TTOU: 22, URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29,
  PWR: 30, SYS: 31,
};

export const SIGNAL_NAMES: string[] = (() => {
  const names: string[] = [];
  for (const [name, num] of Object.entries(SIGNALS)) names[num] = name;
  return names;
})();

export type DefaultAction = 'term' | 'core' | 'ignore' | 'stop' | 'cont';

export function defaultAction(sig: number): DefaultAction {
  switch (sig) {
    case SIGNALS.CHLD:
    case SIGNALS.URG:
    case SIGNALS.WINCH:
      return 'ignore';
    case SIGNALS.STOP:
    case SIGNALS.TSTP:
    case SIGNALS.TTIN:
    case SIGNALS.TTOU:
      return 'stop';
    case SIGNALS.CONT:
      return 'cont';
    case SIGNALS.QUIT:
    case SIGNALS.ILL:
    case SIGNALS.TRAP:
    case SIGNALS.ABRT:
    case SIGNALS.BUS:
    case SIGNALS.FPE:
    case SIGNALS.SEGV:
    case SIGNALS.XCPU:
    case SIGNALS.XFSZ:
    case SIGNALS.SYS:
      return 'core';
    default:
      return 'term';
  }
}

/** Parses `9`, `KILL`, `SIGKILL`, `kill` (any case); undefined if unknown. */
export function parseSignal(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n >= 0 && n <= 64 ? n : undefined;
  }
  const up = spec.toUpperCase().replace(/^SIG/, '');
  return SIGNALS[up];
}

/** The text bash prints for a job or command killed by a signal (strsignal). */
export const SIGNAL_DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
  6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
  11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
  15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
  20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
  24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
  27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
  31: 'Bad system call',
};
