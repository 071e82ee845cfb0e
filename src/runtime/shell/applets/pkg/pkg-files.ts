import { FsError } from '../../../kernel/fs/errors.ts';
import { programImage } from '../../../programs/binfmt.ts';
import type { AppletContext } from '../types.ts';
import { isProgramPath, type PkgDef } from './catalog-types.ts';

export function mkdirp(ctx: AppletContext, dir: string): void {
  let at = '';
  for (const part of dir.split('/').filter(Boolean)) {
    at += `/${part}`;
    if (!ctx.fs.exists(at)) ctx.fs.mkdir(at, 0o755);
  }
}

/** Everything a package owns: its files, the doc directory every package ships, and their parents. */
export function packagePaths(p: PkgDef): { dirs: string[]; files: string[] } {
  const files = [...p.files, `/usr/share/doc/${p.name}/copyright`];
  const dirs = new Set<string>();
  for (const f of files) {
    const parts = f.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) dirs.add(`/${parts.slice(0, i).join('/')}`);
  }
  return { dirs: [...dirs].sort(), files };
}

/** Unpacks a package: programs become model executables, other files small placeholders. */
export function writePackageFiles(ctx: AppletContext, p: PkgDef): void {
  const { files } = packagePaths(p);
  for (const f of files) {
    const dir = f.slice(0, f.lastIndexOf('/')) || '/';
    mkdirp(ctx, dir);
    const program = isProgramPath(f);
    if (program && f.endsWith('.sh')) ctx.fs.writeFile(f, `#!/bin/sh\n# ${p.name} ${p.version}\n`);
    else ctx.fs.writeFile(f, program ? programImage(f.slice(f.lastIndexOf('/') + 1)) : placeholder(p, f));
    ctx.fs.chmod(f, program ? 0o755 : 0o644);
  }
}

function placeholder(p: PkgDef, f: string): string {
  if (f.endsWith('/copyright')) return `This is the ${p.name} package, version ${p.version}.\n`;
  if (f.endsWith('.so') || /\.so[.\d]*$/.test(f)) return `\x7fELF\x02\x01\x01\0${'\0'.repeat(8)}${p.name}\n`;
  return `# ${f} from ${p.name} ${p.version}\n`;
}

const SYSTEM_DIRS = new Set(['/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/libexec', '/usr/share', '/usr/share/doc', '/usr/share/man', '/usr/lib/x86_64-linux-gnu', '/etc', '/var', '/var/lib', '/var/www', '/lib', '/bin', '/sbin', '/usr/local', '/usr/share/perl5']);

/** Deletes a package's files, then the directories it created that are now empty (as dpkg does). */
export function removePackageFiles(ctx: AppletContext, p: PkgDef, keep: (path: string) => boolean = () => false): void {
  const { dirs, files } = packagePaths(p);
  for (const f of files) {
    if (keep(f)) continue;
    try {
      ctx.fs.unlink(f);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
  for (const d of dirs.reverse()) {
    if (SYSTEM_DIRS.has(d)) continue;
    try {
      if (ctx.fs.readdir(d).length === 0) ctx.fs.rmdir(d);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
}

/** Whether the root already has a package's programs (what an unrecorded base system installed). */
export function programsPresent(ctx: AppletContext, p: PkgDef): boolean {
  const main = p.files.find(isProgramPath);
  return main !== undefined && ctx.fs.exists(main);
}

export function isRoot(ctx: AppletContext): boolean {
  return ctx.proc.creds.uid === 0;
}
