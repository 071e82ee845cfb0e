import { rejectedExtglob } from '../parse/extglob-check.ts';
import { parseScript } from '../parse/parse.ts';
import { FsError } from '../../kernel/fs/errors.ts';
import { runScriptNode } from './exec.ts';
import type { Shell } from './shell.ts';

/** Runs a file of shell commands in this shell (a script without #!, `source`, `bash FILE`). */
export async function runScriptFile(sh: Shell, path: string): Promise<number> {
  let text: string;
  try {
    text = sh.vfs.readFile(path);
  } catch (e) {
    if (e instanceof FsError) {
      await sh.err(`${sh.name}: ${path}: ${e.text}\n`);
      return e.code === 'ENOENT' ? 127 : 126;
    }
    throw e;
  }
  return runSourceText(sh, text, path);
}

/** Runs source text as bash -c / a script does: a syntax error stops it with status 2. */
export async function runSourceText(sh: Shell, text: string, label: string): Promise<number> {
  const parsed = parseScript(text);
  if (parsed.error) {
    if (sh.dialect !== 'bash') {
      const words = sh.words.syntax(parsed.errorKind ?? 'eof', parsed.errorDetail ?? '');
      await sh.err(`${sh.words.prefix(sh.arg0, Math.max(1, parsed.errorLine - (parsed.errorKind === 'token' ? 0 : 1)), false)}${words}\n`);
      return 2;
    }
    const where = label === '-c' ? '-c' : label;
    // bash warns about a here-document cut off by the end before it reports the missing `)`.
    if (parsed.errorKind === 'match') await hereDocWarnings(sh, parsed.openHereDocs.length ? parsed.openHereDocs : unclosedHereDocs(text), text, label);
    await sh.err(`${sh.name}: ${where}: line ${parsed.errorLine}: ${parsed.error}\n`);
    if (parsed.errorContext) await sh.err(`${sh.name}: ${where}: line ${parsed.errorLine}: ${parsed.errorContext}\n`);
    return 2;
  }
  if (sh.dialect === 'bash' && !sh.shopts.has('extglob')) {
    const at = rejectedExtglob(text, parsed.script);
    if (at >= 0) {
      const line = text.slice(0, at).split('\n').length;
      const where = label === '-c' ? '-c' : label;
      await sh.err(`${sh.name}: ${where}: line ${line}: syntax error near unexpected token \`('\n`);
      await sh.err(`${sh.name}: ${where}: line ${line}: \`${text.split('\n')[line - 1]}'\n`);
      return 2;
    }
  }
  await hereDocWarnings(sh, parsed.openHereDocs, text, label);
  if (label === 'eval') return runScriptNode(sh, parsed.script, text, false);
  const saved = { srcLabel: sh.srcLabel, errName: sh.errName, lineBase: sh.lineBase };
  sh.srcLabel = label;
  if (label !== '-c') sh.errName = label;
  if (label !== '-c') sh.lineBase = 0;
  try {
    return await runScriptNode(sh, parsed.script, text, false);
  } finally {
    Object.assign(sh, saved);
  }
}

/** `warning: here-document at line N delimited by end-of-file (wanted `EOF')` for each open one. */
async function hereDocWarnings(sh: Shell, delims: string[], text: string, label: string): Promise<void> {
  for (const delim of delims) {
    const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
    const opened = text.lastIndexOf(`<<`, Math.max(0, text.lastIndexOf(delim)));
    const where = label === '-c' ? `${sh.name}: line` : `${label}: line`;
    await sh.err(`${where} ${lineOf(text.trimEnd().length)}: warning: here-document at line ${lineOf(Math.max(0, opened))} delimited by end-of-file (wanted \`${delim}')\n`);
  }
}

/** Here-document delimiters with no closing line, read from the text (the parser gave up earlier). */
function unclosedHereDocs(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const m of text.matchAll(/<<-?\s*(['"]?)([A-Za-z_]\w*)\1/g)) {
    const delim = m[2]!;
    const after = text.slice(0, m.index).split('\n').length;
    if (!lines.slice(after).some((l) => l.replace(/^\t+/, '') === delim)) out.push(delim);
  }
  return out;
}
