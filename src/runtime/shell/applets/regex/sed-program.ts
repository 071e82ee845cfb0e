import type { PosixRegex } from './posix-regex.ts';
import type { ReplItem } from './sed-text.ts';

/** A sed address. `re: null` is the empty regex `//`: the last regex used. */
export type Address =
  | { t: 'num'; n: number }
  | { t: 'mod'; first: number; step: number } // first~step
  | { t: 'last' } // $
  | { t: 'regex'; re: PosixRegex | null }
  | { t: 'plus'; n: number } // addr1,+N
  | { t: 'mult'; n: number }; // addr1,~N

export interface Subst {
  re: PosixRegex | null;
  items: ReplItem[];
  global: boolean;
  /** Replace only the Nth match (and, with g, the ones after it); 0 means 1. */
  occurrence: number;
  /** p flag: 1 prints before `e` runs, 2 after it (GNU keeps the order the flags came in). */
  print: number;
  evaluate: boolean;
  wfile: string | null;
}

export interface SedCommand {
  cmd: string;
  a1: Address | null;
  a2: Address | null;
  bang: boolean;
  /** Range state (GNU's RANGE_INACTIVE/ACTIVE/CLOSED) and, for numeric ends, the last line. */
  range: 'inactive' | 'active' | 'closed';
  rangeEnd: number;
  /** a, i, c text (with its final newline), e command. */
  text: string;
  /** b, t, T: the label; after compiling, `jump` is the index to continue at ('{' too). */
  label: string;
  jump: number;
  /** q/Q exit code, l/L line length; -1 when not given. */
  int: number;
  /** r, R, w, W file name. */
  fname: string;
  /** `0r FILE`: insert before the first line instead of appending. */
  prepend: boolean;
  subst: Subst | null;
  /** y: byte → replacement. */
  ymap: Map<string, string> | null;
}

export interface SedProgram {
  cmds: SedCommand[];
  /** `#n` on the first line of the first script. */
  quiet: boolean;
  /** Files w/W and s///w write, truncated before any input is read. */
  writeFiles: string[];
  /** Where runtime script errors point (`no previous regular expression`). */
  lastWhere: string;
}

export function newCommand(cmd = ''): SedCommand {
  return { cmd, a1: null, a2: null, bang: false, range: 'inactive', rangeEnd: 0, text: '', label: '', jump: -1, int: -1, fname: '', prepend: false, subst: null, ymap: null };
}
