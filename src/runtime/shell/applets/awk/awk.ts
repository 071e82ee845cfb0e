/**
 * awk as Ubuntu ships it (mawk 1.3.4 20200120; also `mawk` and `nawk`), and busybox awk's
 * texts under the busybox flavour.
 */
import { FsError } from '../../../kernel/fs/errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { analyze } from './analyze.ts';
import { AwkRuntimeError, AwkSyntaxError } from './awk-error.ts';
import { busyboxCmdline } from './busybox-cmdline.ts';
import { busyboxSyntax } from './busybox-texts.ts';
import { parseMawkArgs, type CmdLine } from './cmdline.ts';
import { rmEscape } from './escapes.ts';
import { Execution } from './execute.ts';
import { BUILTINS, KEYWORDS, scan, type Source } from './lexer.ts';
import { Parser } from './parser.ts';
import { Runtime } from './runtime.ts';
import { mbstrn } from './values.ts';

const awk: Applet = {
  async run(ctx) {
    const busybox = ctx.flavor === 'busybox';
    const cl = busybox ? busyboxCmdline(ctx.name, ctx.argv.slice(1)) : parseMawkArgs(ctx.name, ctx.argv.slice(1));
    if (cl.t === 'exit') {
      if (cl.stdout) await ctx.stdout.write(cl.stdout);
      if (cl.stderr) await ctx.stderr.write(cl.stderr);
      return cl.status;
    }
    for (const w of cl.warnings) await ctx.stderr.write(`${w}\n`);
    const sources = await programSources(ctx, cl);
    if (typeof sources === 'string') {
      await ctx.stderr.write(`${ctx.name}: ${sources}\n`);
      return busybox ? 1 : 2;
    }
    // -F and -v take effect before the program is read (a -v name is a scalar to the parser).
    const rt = new Runtime(ctx);
    try {
      if (cl.fs !== null) rt.assignSpecial('FS', rmEscape(cl.fs));
      for (const a of cl.assigns) {
        const eq = a.indexOf('=');
        rt.assignSpecial(a.slice(0, eq), mbstrn(rmEscape(a.slice(eq + 1))));
      }
    } catch (e) {
      if (!(e instanceof AwkRuntimeError)) throw e;
      await ctx.stderr.write(`${ctx.name}: line 0: ${e.message}\n`);
      return busybox ? 1 : 2;
    }
    const toks = scan(sources);
    const parser = new Parser(toks);
    for (const a of cl.assigns) parser.globals.set(a.slice(0, a.indexOf('=')), 'var');
    let program;
    try {
      program = parser.program();
    } catch (e) {
      if (!(e instanceof AwkSyntaxError)) throw e;
    }
    let errors = parser.errors;
    let arrays = new Set<string>();
    if (program && errors.length === 0) {
      const a = analyze(program, parser.globals, parser.callSites, toks[toks.length - 1]!.line);
      errors = a.errors;
      arrays = a.arrays;
    }
    if (!program || errors.length > 0) {
      if (busybox) {
        // busybox reports an undefined function where it is called, not at the end of the program.
        const undef = /function (\w+) never defined/.exec(errors[0] ?? '');
        const site = undef ? parser.callSites.find((c) => c.name === undef[1]) : undefined;
        const first = site ? (errors[0] ?? '').replace(/line \d+:/, `line ${site.line}:`) : (errors[0] ?? '');
        await ctx.stderr.write(`${ctx.name}: ${busyboxSyntax(first)}\n`);
        return 1;
      }
      for (const m of errors) await ctx.stderr.write(`${ctx.name}: ${m}\n`);
      return 2;
    }

    rt.out.unbuffered = cl.interactive === true;
    const funcs = program.funcs;
    rt.input.reserved = (n) => KEYWORDS.has(n) || n in BUILTINS || funcs.has(n);
    const argv = rt.array('ARGV');
    argv.find(0, true)!.v = ctx.name;
    cl.operands.forEach((a, i) => (argv.find(i + 1, true)!.v = mbstrn(a)));
    rt.assignSpecial('ARGC', cl.operands.length + 1);
    if (cl.seed !== null) {
      // This mawk build ignores the value: random() starts unseeded and srand() returns "".
      rt.seed = '';
      rt.random.seed(1);
    }
    return new Execution(rt, program, arrays).run();
  },
};
export default awk;

/** The program text: the -f files in order, or the first operand. */
async function programSources(ctx: AppletContext, cl: Extract<CmdLine, { t: 'run' }>): Promise<Source[] | string> {
  if (cl.progText !== null) return [{ text: cl.progText, file: null }];
  if (ctx.flavor === 'busybox' && cl.progFiles.length === 0) return (cl.extraText ?? []).map((text) => ({ text, file: null }));
  const out: Source[] = [];
  for (const f of cl.progFiles) {
    if (f === '-' || f === '/dev/stdin') {
      out.push({ text: await ctx.stdin.readAll(), file: f });
      continue;
    }
    try {
      if (ctx.fs.stat(f).type === 'dir') return 'read error (Is a directory)';
      out.push({ text: ctx.fs.readFile(f), file: f });
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      return ctx.flavor === 'busybox' ? `can't open '${f}': ${e.text}` : `cannot open ${f} (${e.text})`;
    }
  }
  for (const t of cl.extraText ?? []) out.push({ text: t, file: null });
  return out;
}
