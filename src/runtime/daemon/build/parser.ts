/**
 * The Dockerfile parser (moby/buildkit frontend/dockerfile/parser as Engine 20.10 vendors it):
 * parser directives at the top, comment lines, line continuation with the escape character,
 * `--flag=value` options, JSON (exec) form. Errors carry the instruction's first line, with the
 * engine's text (`dockerfile parse error line 2: unknown instruction: BOGUS`).
 */
import { DaemonError } from '../errors.ts';

export interface Instruction {
  /** Lower-case keyword (`run`, `copy`...). */
  cmd: string;
  /** The logical line as written (continuations joined): what `Step 2/3 : …` prints. */
  original: string;
  line: number;
  /** `--name=value` options before the arguments, as typed (name without dashes). */
  flags: Map<string, string | true>;
  /** The arguments after the flags. */
  rest: string;
  /** The JSON form's strings, or null for the shell form. */
  json: string[] | null;
  /** BuildKit here-documents (`RUN <<EOF`, `COPY <<EOF /f`): name and body, in order. */
  heredocs?: { name: string; body: string }[];
}

export interface ParsedDockerfile {
  escape: string;
  instructions: Instruction[];
}

export const KNOWN = new Set(['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir']);

export const parseError = (line: number, msg: string): DaemonError => new DaemonError(`dockerfile parse error line ${line}: ${msg}`, 400);

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** `heredocs`: BuildKit's parser reads here-documents after RUN, COPY and ADD; the legacy one does not. */
export function parseDockerfile(text: string, heredocs = false): ParsedDockerfile {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let escape = '\\';
  let n = 0;
  // Directives are only read before the first instruction, comment or blank line.
  for (; n < lines.length; n++) {
    const m = DIRECTIVE.exec(lines[n]!);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape') {
      if (m[2] !== '\\' && m[2] !== '`') throw new DaemonError(`invalid ESCAPE '${m[2]}'. Must be \` or \\`, 400);
      escape = m[2];
    }
  }
  const instructions: Instruction[] = [];
  let acc = '';
  let start = 0;
  for (; n < lines.length; n++) {
    const raw = lines[n]!;
    if (/^\s*#/.test(raw)) continue;
    if (acc === '' && raw.trim() === '') continue;
    if (acc === '') start = n + 1;
    const trimmed = raw.replace(/\s+$/, '');
    if (trimmed.endsWith(escape)) {
      acc += trimmed.slice(0, -1);
      continue;
    }
    acc += raw;
    const inst = splitInstruction(acc.trim(), start, escape);
    if (heredocs && HEREDOC_CMDS.has(inst.cmd)) n = readHeredocs(inst, lines, n);
    instructions.push(inst);
    acc = '';
  }
  if (acc.trim() !== '') instructions.push(splitInstruction(acc.trim(), start, escape));
  return { escape, instructions };
}

const HEREDOC_CMDS = new Set(['run', 'copy', 'add']);
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** Reads the bodies of the line's here-documents from the following lines; returns the last line used. */
function readHeredocs(inst: Instruction, lines: string[], n: number): number {
  const docs: { name: string; body: string }[] = [];
  for (const m of inst.rest.matchAll(HEREDOC)) {
    let body = '';
    for (n++; n < lines.length; n++) {
      const line = m[1] ? lines[n]!.replace(/^\t+/, '') : lines[n]!;
      if (line === m[3]) break;
      body += `${line}\n`;
    }
    docs.push({ name: m[3]!, body });
  }
  if (docs.length) inst.heredocs = docs;
  return n;
}

const JSON_FORMS = new Set(['run', 'cmd', 'entrypoint', 'shell', 'copy', 'add', 'volume']);

function splitInstruction(text: string, line: number, escape: string): Instruction {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text)!;
  const cmd = m[1]!.toLowerCase();
  if (!KNOWN.has(cmd)) throw parseError(line, `unknown instruction: ${m[1]!.toUpperCase()}`);
  let rest = m[2]!;
  const flags = new Map<string, string | true>();
  if (cmd !== 'onbuild') {
    for (;;) {
      const f = /^--([^\s=]+)(?:=(\S*))?(\s+|$)/.exec(rest);
      if (!f) break;
      flags.set(f[1]!, f[2] ?? true);
      rest = rest.slice(f[0].length);
    }
  }
  rest = rest.replace(/\s+$/, '');
  let json: string[] | null = null;
  if (JSON_FORMS.has(cmd) && rest.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(rest.replace(new RegExp(`\\${escape}\\n`, 'g'), ''));
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) json = v as string[];
    } catch {
      // not JSON: the shell form, as the parser falls back to
    }
  }
  return { cmd, original: text, line, flags, rest, json };
}
