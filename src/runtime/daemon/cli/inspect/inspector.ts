import { execute, parseTemplate, TemplateError, type Template } from '../../template/index.ts';
import { indentJson } from '../../inspect/json-text.ts';
import { goJson } from '../../template/format.ts';
import type { Call } from '../command.ts';
import { DaemonError } from '../../errors.ts';

/** What a lookup produced: the object's JSON, or the error text the CLI prints for it. */
export type Lookup = { json: Record<string, unknown>; typed?: unknown; warning?: string } | { error: string };

/**
 * The CLI's inspect loop: every reference looked up, results printed as an indented JSON array
 * or through `-f`, errors collected and printed at the end. A template runs on the typed view first
 * and, only if that fails, on the raw JSON with missingkey=error (TemplateInspector's fallback).
 */
export async function inspectAll(call: Call, refs: string[], lookup: (ref: string) => Lookup): Promise<number> {
  const format = call.opts.changed('format') ? call.opts.str('format') : '';
  let tpl: Template | null = null;
  if (format !== '' && format !== 'json') {
    try {
      tpl = parseTemplate(format.replaceAll('\\t', '\t').replaceAll('\\n', '\n'));
    } catch (e) {
      if (e instanceof TemplateError) {
        await call.err(`template parsing error: ${e.message}\n`);
        return 64;
      }
      throw e;
    }
  }
  const errors: string[] = [];
  const found: Record<string, unknown>[] = [];
  let text = '';
  for (const ref of refs) {
    let r: Lookup;
    try {
      r = lookup(ref);
    } catch (e) {
      if (e instanceof DaemonError) r = { error: `Error response from daemon: ${e.message}` };
      else throw e;
    }
    if ('error' in r) {
      errors.push(r.error);
      continue;
    }
    if (r.warning) await call.err(`${r.warning}\n`);
    if (!tpl) {
      found.push(r.json);
      continue;
    }
    try {
      let out: string | null = null;
      if (r.typed !== undefined) {
        try {
          out = execute(tpl, r.typed, {});
        } catch (e) {
          if (!(e instanceof TemplateError)) throw e;
        }
      }
      text += `${out ?? execute(tpl, numbersAsText(r.json), { missingKey: 'error' })}\n`;
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      errors.push(`template parsing error: ${e.message}`);
    }
  }
  if (tpl) await call.out(text === '' ? '\n' : text);
  // `--format json` marshals the raw objects as one compact array.
  else if (format === 'json') await call.out(`${goJson(found, true)}\n`);
  else await call.out(`${found.length ? indentJson(found) : '[]'}\n`);
  if (errors.length) {
    await call.err(`${errors.join('\n')}\n`);
    return 1;
  }
  return 0;
}

/** The raw fallback decodes with UseNumber: numbers are json.Number, a string type (`len .Size` is its digit count). */
function numbersAsText(v: unknown): unknown {
  if (typeof v === 'number') return goJson(v);
  if (Array.isArray(v)) return v.map(numbersAsText);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbersAsText(x)]));
  return v;
}
