import type { Stat } from '../../kernel/fs/types.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import type { BuildContext } from './context.ts';
import { cleanPath } from './dockerignore.ts';

/** Where COPY reads from: the build context, or another stage's / image's filesystem (`--from`). */
export interface CopySource {
  stat(rel: string): Stat | null;
  readdir(rel: string): string[];
  read(rel: string): string;
  readlink(rel: string): string;
  /** Every path (relative, no leading `/`), for wildcard sources. */
  all(): string[];
}

export function contextSource(ctx: BuildContext): CopySource {
  return {
    stat: (rel) => ctx.stat(rel),
    readdir: (rel) => ctx.walk(rel).filter((e) => !e.rel.slice(cleanPath(rel) ? cleanPath(rel).length + 1 : 0).includes('/')).map((e) => e.rel.split('/').pop()!),
    read: (rel) => ctx.readFile(rel),
    readlink: (rel) => ctx.readlink(rel),
    all: () => ctx.walk().map((e) => e.rel),
  };
}

export function imageSource(vfs: Vfs): CopySource {
  const abs = (rel: string) => `/${cleanPath(rel)}`;
  const source: CopySource = {
    stat: (rel) => {
      try {
        return vfs.lstat(abs(rel));
      } catch {
        return null;
      }
    },
    readdir: (rel) => vfs.readdir(abs(rel)).sort(),
    read: (rel) => vfs.readFile(abs(rel)),
    readlink: (rel) => vfs.readlink(abs(rel)),
    all: () => {
      const out: string[] = [];
      const visit = (dir: string) => {
        for (const n of source.readdir(dir)) {
          const r = dir ? `${dir}/${n}` : n;
          out.push(r);
          if (source.stat(r)?.type === 'dir') visit(r);
        }
      };
      visit('');
      return out;
    },
  };
  return source;
}
