import { execute, parseTemplate, TemplateError } from '../../template/index.ts';
import type { Call } from '../command.ts';

/**
 * `--format` on a single object (version, info): `json` or a template with `\t`/`\n` escapes.
 * A bad template exits 64 (`template parsing error: …`); an execution error prints an empty
 * line on stdout, the error on stderr, and exits 1, as the CLI does.
 */
export async function printTemplate(call: Call, format: string, data: unknown, name = ''): Promise<number> {
  let tpl;
  try {
    tpl = parseTemplate(format === 'json' ? '{{json .}}' : format.replaceAll('\\t', '\t').replaceAll('\\n', '\n'), name);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    await call.err(`template parsing error: ${e.message}\n`);
    return 64;
  }
  try {
    await call.out(`${execute(tpl, data)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    await call.out('\n');
    await call.err(`${e.message}\n`);
    return 1;
  }
}
