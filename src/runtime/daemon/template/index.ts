import type { Template } from './ast.ts';
import { Executor, type MissingKey } from './exec.ts';
import { builtins, dockerFunctions, type Func } from './functions.ts';
import { parse } from './parser.ts';
import { TemplateError } from './errors.ts';

export type { Template } from './ast.ts';
export { TemplateError } from './errors.ts';
export type { MissingKey } from './exec.ts';

/** rootType names the Go type of the data in field errors (e.g. `*formatter.ContainerContext`). */
export interface ExecOptions { missingKey?: MissingKey; rootType?: string }

const FUNCS: Record<string, Func> = { ...builtins, ...dockerFunctions };
const NAMES = new Set(Object.keys(FUNCS));

/** template.New("").Funcs(templates.basicFunctions).Parse(text); throws TemplateError. */
export function parseTemplate(text: string, name = ''): Template {
  try {
    return { ...parse(text, NAMES), name };
  } catch (e) {
    // Go names the template in its errors (`docker version` uses template.New("version")).
    if (e instanceof TemplateError && name) throw new TemplateError(e.message.replace(/^template: :/, `template: ${name}:`));
    throw e;
  }
}

/** Executes a parsed template on JSON-decoded data; throws TemplateError with Go's message. */
export function execute(tpl: Template, data: unknown, opts: ExecOptions = {}): string {
  return new Executor(tpl, FUNCS, opts.missingKey ?? 'default', opts.rootType).run(data);
}
