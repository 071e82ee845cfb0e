import type { Applet, AppletContext } from '../types.ts';
import { getopt, OptError } from '../getopt.ts';
import { errText } from '../errors.ts';

/**
 * GNU patch 2.7, unified diffs only: the course loop `diff -u a b > p; patch a < p`. Hunks apply
 * exactly or at the nearest offset ("succeeded at N (offset K lines)"); failed hunks go to
 * FILE.rej and a mismatching apply leaves FILE.orig, as GNU's default backup-if-mismatch does.
 */
interface Hunk {
  oldStart: number;
  text: string[];
  oldLines: string[];
  newLines: string[];
  /** `\ No newline at end of file` after the last old/new line. */
  oldNoEol: boolean;
  newNoEol: boolean;
}
interface FilePatch {
  header: string[];
  oldName: string;
  newName: string;
  hunks: Hunk[];
}

function parse(input: string): FilePatch[] {
  const lines = input.split('\n');
  const out: FilePatch[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('--- ') || !lines[i + 1]?.startsWith('+++ ')) continue;
    const name = (l: string) => l.slice(4).split('\t')[0]!;
    const fp: FilePatch = { header: [lines[i]!, lines[i + 1]!], oldName: name(lines[i]!), newName: name(lines[i + 1]!), hunks: [] };
    i += 2;
    for (; i < lines.length; i++) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(lines[i]!);
      if (!m) break;
      let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
      let newLeft = m[4] === undefined ? 1 : Number(m[4]);
      const h: Hunk = { oldStart: Number(m[1]), text: [lines[i]!], oldLines: [], newLines: [], oldNoEol: false, newNoEol: false };
      let last = ' ';
      while ((oldLeft > 0 || newLeft > 0 || lines[i + 1]?.startsWith('\\')) && i + 1 < lines.length) {
        const l = lines[++i]!;
        h.text.push(l);
        if (l.startsWith('\\')) {
          if (last !== '+') h.oldNoEol = true;
          if (last !== '-') h.newNoEol = true;
          continue;
        }
        last = l[0]!;
        const body = l.slice(1);
        if (l[0] !== '+') h.oldLines.push(body), oldLeft--;
        if (l[0] !== '-') h.newLines.push(body), newLeft--;
      }
      fp.hunks.push(h);
    }
    i--;
    out.push(fp);
  }
  return out;
}

const matchesAt = (file: string[], at: number, want: string[]) => at >= 0 && at + want.length <= file.length && want.every((l, k) => file[at + k] === l);

const patch: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'p:Ri:sNb',
        long: { strip: { arg: 'required', key: 'p' }, reverse: { key: 'R' }, input: { arg: 'required', key: 'i' }, 'dry-run': {}, silent: { key: 's' }, quiet: { key: 's' }, forward: { key: 'N' }, backup: { key: 'b' } },
      });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`patch: ${e.message}\npatch: Try 'patch --help' for more information.\n`);
      return 2;
    }
    let strip: number | undefined;
    let reverse = false;
    let inputFile: string | undefined;
    let dry = false;
    let silent = false;
    for (const [k, v] of p.list) {
      if (k === 'p') strip = Number(v);
      else if (k === 'R') reverse = true;
      else if (k === 'i') inputFile = v;
      else if (k === 'dry-run') dry = true;
      else if (k === 's') silent = true;
    }
    // `patch FILE PATCHFILE` names the patch as a second operand.
    if (inputFile === undefined && p.operands.length > 1) inputFile = p.operands[1];
    let input: string;
    try {
      input = inputFile !== undefined ? ctx.fs.readFile(inputFile) : await ctx.stdin.readAll();
    } catch (e) {
      await ctx.stderr.write(`patch: **** Can't open patch file ${inputFile} : ${errText(e)}\n`);
      return 2;
    }
    const files = parse(input);
    if (files.length === 0 || files.every((f) => f.hunks.length === 0)) {
      await ctx.stderr.write('patch: **** Only garbage was found in the patch input.\n');
      return 2;
    }
    let status = 0;
    for (const fp of files) status = Math.max(status, await applyFile(ctx, fp, p.operands[0], strip, reverse, dry, silent));
    return status;
  },
};
export default patch;

function target(ctx: AppletContext, fp: FilePatch, strip: number | undefined): string {
  // Without -p GNU patch uses the base name; with -pN it drops N leading components.
  const cut = (n: string) => (strip === undefined ? n.split('/').pop()! : n.split('/').slice(strip).join('/'));
  const names = [cut(fp.oldName), cut(fp.newName)].filter((n) => n !== '' && !n.endsWith('/dev/null'));
  return names.find((n) => ctx.fs.exists(n)) ?? names[0] ?? '';
}

async function applyFile(ctx: AppletContext, fp: FilePatch, operand: string | undefined, strip: number | undefined, reverse: boolean, dry: boolean, silent: boolean): Promise<number> {
  const name = operand ?? target(ctx, fp, strip);
  const say = async (s: string) => void (silent ? undefined : await ctx.stdout.write(s));
  await say(`${dry ? 'checking' : 'patching'} file ${name}\n`);
  let original = '';
  try {
    original = ctx.fs.readFile(name);
  } catch {
    /* a missing file patches like an empty one */
  }
  let noEol = !original.endsWith('\n') && original !== '';
  const lines = original === '' ? [] : original.replace(/\n$/, '').split('\n');
  const failed: Hunk[] = [];
  let offset = 0;
  let exact = true;
  for (const [n, h] of fp.hunks.entries()) {
    const from = reverse ? h.newLines : h.oldLines;
    const to = reverse ? h.oldLines : h.newLines;
    const want = Math.max(0, h.oldStart - 1 + offset - (from.length === 0 ? -1 : 0));
    let at = -1;
    for (let d = 0; d <= lines.length && at < 0; d++) {
      if (matchesAt(lines, want + d, from)) at = want + d;
      else if (d > 0 && matchesAt(lines, want - d, from)) at = want - d;
    }
    if (at < 0) {
      failed.push(h);
      exact = false;
      await say(`Hunk #${n + 1} FAILED at ${h.oldStart}.\n`);
      continue;
    }
    if (at !== want) {
      const k = at - want;
      exact = false;
      await say(`Hunk #${n + 1} succeeded at ${at + 1} (offset ${k} line${Math.abs(k) === 1 ? '' : 's'}).\n`);
    }
    lines.splice(at, from.length, ...to);
    if (at + to.length === lines.length) noEol = reverse ? h.oldNoEol : h.newNoEol;
    offset += to.length - from.length + (at - want);
  }
  if (!dry) {
    if (!exact) ctx.fs.writeFile(`${name}.orig`, original);
    const body = lines.join('\n');
    ctx.fs.writeFile(name, lines.length === 0 ? '' : noEol ? body : `${body}\n`);
  }
  if (failed.length === 0) return 0;
  const total = fp.hunks.length;
  await say(`${failed.length} out of ${total} hunk${total === 1 ? '' : 's'} FAILED -- saving rejects to file ${name}.rej\n`);
  if (!dry) ctx.fs.writeFile(`${name}.rej`, `${[...fp.header, ...failed.flatMap((h) => h.text)].join('\n')}\n`);
  return 1;
}
