import type { Vfs } from '../../kernel/fs/vfs.ts';
import type { Stat } from '../../kernel/fs/types.ts';
import { cleanPath, IgnoreMatcher } from './dockerignore.ts';

/** One file or directory of the build context (path relative to its root, no leading `/`). */
export interface ContextEntry {
  rel: string;
  st: Stat;
}

/**
 * The build context: a directory of the model's filesystem as the client would tar it, minus what
 * `.dockerignore` excludes. Everything is read through the client's own view of the files, so a
 * build sees exactly what the learner's shell sees, and nothing outside the context directory.
 */
export class BuildContext {
  readonly ignore: IgnoreMatcher;

  constructor(readonly fs: Vfs, readonly root: string) {
    const ig = `${root === '/' ? '' : root}/.dockerignore`;
    this.ignore = new IgnoreMatcher(root && fs.exists(ig) ? fs.readFile(ig) : '');
  }

  /** Empty context (`docker build - < Dockerfile`): nothing to copy. */
  static empty(fs: Vfs): BuildContext {
    return new BuildContext(fs, '');
  }

  abs(rel: string): string {
    return rel ? `${this.root === '/' ? '' : this.root}/${rel}` : this.root;
  }

  /** lstat of a context path, or null when missing or excluded. */
  stat(rel: string): Stat | null {
    rel = cleanPath(rel);
    if (!this.root || (rel && this.ignore.ignored(rel))) return null;
    try {
      return this.fs.lstat(this.abs(rel));
    } catch {
      return null;
    }
  }

  /** Every entry under `rel` (depth first, names sorted), exclusions applied. */
  walk(rel = ''): ContextEntry[] {
    const out: ContextEntry[] = [];
    const visit = (dir: string) => {
      for (const name of this.fs.readdir(this.abs(dir)).sort()) {
        const r = dir ? `${dir}/${name}` : name;
        const st = this.stat(r);
        if (!st) {
          // An excluded directory may still hold re-included (`!`) paths.
          if (this.dirOf(r)) visit(r);
          continue;
        }
        out.push({ rel: r, st });
        if (st.type === 'dir') visit(r);
      }
    };
    if (this.root) visit(cleanPath(rel));
    return out;
  }

  private dirOf(rel: string): boolean {
    try {
      return this.fs.lstat(this.abs(rel)).type === 'dir';
    } catch {
      return false;
    }
  }

  readFile(rel: string): string {
    return this.fs.readFile(this.abs(cleanPath(rel)));
  }

  readlink(rel: string): string {
    return this.fs.readlink(this.abs(cleanPath(rel)));
  }

  /** Bytes of the tar the client sends (512-byte headers, data padded, the 1 KiB end). */
  tarSize(): number {
    let n = 1024;
    for (const e of this.walk()) n += 512 + (e.st.type === 'file' ? Math.ceil(e.st.size / 512) * 512 : 0);
    return n;
  }
}
