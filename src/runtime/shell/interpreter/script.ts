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
    await sh.err(`${sh.name}: ${where}: line ${parsed.errorLine}: ${parsed.error}\n`);
    if (parsed.errorContext) await sh.err(`${sh.name}: ${where}: line ${parsed.errorLine}: ${parsed.errorContext}\n`);
    return 2;
  }
  if (parsed.openHereDoc !== null) {
    const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
    const delim = parsed.openHereDoc;
    const opened = text.lastIndexOf(`<<`, Math.max(0, text.lastIndexOf(delim)));
    const where = label === '-c' ? `${sh.name}: line` : `${label}: line`;
    await sh.err(`${where} ${lineOf(text.trimEnd().length)}: warning: here-document at line ${lineOf(Math.max(0, opened))} delimited by end-of-file (wanted \`${delim}')\n`);
  }
  return runScriptNode(sh, parsed.script, text, false);
}
