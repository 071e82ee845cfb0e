import { expandPrompt } from './prompt.ts';
import { parseScript } from '../parse/parse.ts';
import { readUntil } from './io.ts';
import { runScriptNode } from './exec.ts';
import type { Shell } from './shell.ts';

/**
 * A shell reading commands from its standard input (`bash < file`, `echo cmds | sh`): one line at
 * a time, more lines while a construct is open, each complete command run before the next line
 * is read, so commands that read stdin get the lines that follow.
 */
export async function feedLines(sh: Shell, tty?: { prompt: boolean; login: boolean }): Promise<number> {
  const f = sh.fds.get(0);
  let status = 0;
  let lineNo = 0;
  if (!f?.input) return 0;
  for (;;) {
    let source = '';
    const firstLine = lineNo + 1;
    for (;;) {
      // An interactive shell prompts on stderr: PS1 for a new command, PS2 to continue one.
      if (tty?.prompt) await sh.err(await expandPrompt(sh, sh.vars.get(source === '' ? 'PS1' : 'PS2') ?? ''));
      const r = await readUntil(sh.proc, f, '\n');
      if (r === null) {
        if (source === '') {
          // Ctrl-D at the prompt leaves the shell as `exit` would.
          if (tty?.prompt && sh.dialect === 'bash') await sh.err(tty.login ? 'logout\n' : 'exit\n');
          return tty?.prompt ? sh.lastStatus : status;
        }
        break;
      }
      lineNo++;
      source += `${r.text}\n`;
      const parsed = parseScript(source);
      if (!parsed.incomplete) break;
      if (!r.found) break;
    }
    const parsed = parseScript(source);
    if (parsed.error) {
      await sh.err(`${sh.name}: line ${firstLine - 1 + parsed.errorLine}: ${parsed.error}\n`);
      if (parsed.errorContext) await sh.err(`${sh.name}: line ${firstLine - 1 + parsed.errorLine}: ${parsed.errorContext}\n`);
      sh.lastStatus = 2;
      if (parsed.incomplete) return 2;
      status = 2;
      continue;
    }
    sh.lineBase = firstLine - 1;
    status = await runScriptNode(sh, parsed.script, source, false);
  }
}
