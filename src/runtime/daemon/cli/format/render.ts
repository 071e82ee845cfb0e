import { execute, executeHeader, parseTemplate, TemplateError, type Template } from '../../template/index.ts';
import type { GoStruct } from '../../template/format.ts';
import { tabwrite } from './tabwriter.ts';

export class FormatError extends Error {}

/**
 * Docker's formatter.Context: `table …` prints a header row and aligns with tabwriter, `json` is
 * `{{json .}}`, anything else is a template run once per item with a newline after each.
 * Throws FormatError with formatter.Context's text (`template parsing error: …`, for parse and execution
 * errors alike); `docker ps` validates its template itself first (see validateFormat).
 */
export function renderList(format: string, rows: GoStruct[], header: Record<string, string>, opts: { quietTemplate?: string } = {}): string {
  let text = format;
  const table = text.startsWith('table') && opts.quietTemplate === undefined;
  if (table) text = text.slice('table'.length);
  if (text.trim() === 'json') text = '{{json .}}';
  text = text.trim().replaceAll('\\t', '\t').replaceAll('\\n', '\n');
  if (opts.quietTemplate !== undefined) text = opts.quietTemplate;
  let tpl: Template;
  try {
    tpl = parseTemplate(text);
  } catch (e) {
    if (e instanceof TemplateError) throw new FormatError(`template parsing error: ${e.message}`);
    throw e;
  }
  let out = '';
  try {
    for (const row of rows) out += `${execute(tpl, row, { rootType: row.goType })}\n`;
  } catch (e) {
    if (e instanceof TemplateError) throw new FormatError(`template parsing error: ${e.message}`);
    throw e;
  }
  if (!table) return out;
  const head = executeHeader(tpl, header);
  const body = tabwrite(`${head}\n${out}`);
  return body.endsWith('\n') ? body : `${body}\n`;
}

/**
 * `docker ps` parses and runs its raw --format (still with `table ` and literal `\\t`) on an empty
 * context before asking the daemon, so a bad field fails even when nothing is listed.
 */
export function validateFormat(format: string, empty: GoStruct, rootType = empty.goType): void {
  let tpl: Template;
  try {
    tpl = parseTemplate(format);
  } catch (e) {
    if (e instanceof TemplateError) throw new FormatError(`failed to parse template: ${e.message}`);
    throw e;
  }
  try {
    execute(tpl, empty, { rootType });
  } catch (e) {
    if (e instanceof TemplateError) throw new FormatError(`failed to execute template: ${e.message}`);
    throw e;
  }
}

/**
 * renderList to the command's stdout; a bad template prints its error and gives the exit status 1
 * the list commands use. `rewrite` adapts the message where a command words it differently.
 */
export async function printList(
  call: { out(t: string): Promise<void>; err(t: string): Promise<void> },
  format: string, rows: GoStruct[], header: Record<string, string>,
  opts: { quietTemplate?: string; rewrite?: (msg: string) => string } = {},
): Promise<number> {
  try {
    await call.out(renderList(format, rows, header, opts));
    return 0;
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    await call.err(`${opts.rewrite ? opts.rewrite(e.message) : e.message}\n`);
    return 1;
  }
}
