/**
 * busybox awk's command line: getopt32("+F:v:*f:*e:*W:"), so options stop at the first
 * operand; -f and -e pieces are joined into one program; errors print the usage text.
 */
import { isAssignment, type CmdLine } from './cmdline.ts';

export const BUSYBOX_AWK_USAGE =
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: awk [OPTIONS] [AWK_PROGRAM] [FILE]...\n\n' +
  '\t-v VAR=VAL\tSet variable\n\t-F SEP\t\tUse SEP as field separator\n\t-f FILE\t\tRead program from FILE\n\t-e AWK_PROGRAM\n';

export function busyboxCmdline(name: string, args: string[]): CmdLine {
  const warnings: string[] = [];
  const usage = (status: number, msg = ''): CmdLine => ({ t: 'exit', status, stdout: '', stderr: warnings.map((w) => `${w}\n`).join('') + msg + BUSYBOX_AWK_USAGE });
  const progFiles: string[] = [];
  const texts: string[] = [];
  const assigns: string[] = [];
  let fs: string | null = null;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--help') return usage(0);
    if (!a.startsWith('-') || a === '-') break;
    if (a.startsWith('--')) return usage(1, `${name}: unrecognized option '${a}'\n`);
    for (let k = 1; k < a.length; k++) {
      const opt = a[k]!;
      if (!'Fvfe W'.includes(opt) || opt === ' ') return usage(1, `${name}: invalid option -- '${opt}'\n`);
      let val: string;
      if (k + 1 < a.length) val = a.slice(k + 1);
      else if (i + 1 < args.length) val = args[++i]!;
      else return usage(1, `${name}: option requires an argument -- '${opt}'\n`);
      if (opt === 'F') fs = val;
      else if (opt === 'v') {
        if (!isAssignment(val)) return usage(1);
        assigns.push(val);
      } else if (opt === 'f') progFiles.push(val);
      else if (opt === 'e') texts.push(val);
      else warnings.push(`${name}: warning: option -W is ignored`);
      break;
    }
  }
  if (progFiles.length === 0 && texts.length === 0) {
    if (i >= args.length) return usage(1);
    texts.push(args[i++]!);
  }
  return { t: 'run', progFiles, progText: progFiles.length === 0 ? texts.join('\n') : null, extraText: texts, assigns, fs, operands: args.slice(i), seed: null, warnings };
}
