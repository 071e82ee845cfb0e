import type { Template } from './ast.ts';
import { Executor, type MissingKey } from './exec.ts';
import { builtins, dockerFunctions, headerFunctions, type Func } from './functions.ts';
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

const HEADER_FUNCS: Record<string, Func> = { ...FUNCS, ...headerFunctions };

/**
 * formatter.Context's table header: the template on the column-title map with HeaderFunctions; an
 * execution error is ignored and whatever was written before it is the header.
 */
export function executeHeader(tpl: Template, header: Record<string, string>): string {
  const ex = new Executor(tpl, HEADER_FUNCS, 'default');
  try {
    return ex.run(header);
  } catch (e) {
    if (e instanceof TemplateError) return ex.out;
    throw e;
  }
}
