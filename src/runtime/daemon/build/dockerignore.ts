/**
 * `.dockerignore` rules as moby's fileutils.PatternMatcher: one pattern a line, `#` comments,
 * paths cleaned and relative to the context, Go filepath.Match syntax plus `**` for any number
 * of directories, `!` re-including; the last matching rule wins, and a rule that matches a
 * parent directory matches everything below it.
 */
interface Rule {
  re: RegExp;
  exclude: boolean;
}

export class IgnoreMatcher {
  private readonly rules: Rule[] = [];

  constructor(text: string) {
    for (let line of text.split('\n')) {
      line = line.trim();
      if (!line || line.startsWith('#')) continue;
      let exclude = true;
      if (line.startsWith('!')) {
        exclude = false;
        line = line.slice(1).trim();
      }
      const clean = cleanPath(line);
      if (!clean) continue;
      this.rules.push({ re: patternRegExp(clean), exclude });
    }
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** Whether a context-relative path (no leading `/`) is left out of the context. */
  ignored(path: string): boolean {
    const parents = path.split('/').map((_, i, a) => a.slice(0, i + 1).join('/'));
    let out = false;
    for (const r of this.rules) {
      const hit = parents.some((p) => r.re.test(p));
      if (hit) out = r.exclude;
    }
    return out;
  }
}

/** filepath.Clean, relative: `./a//b/` → `a/b`, `/x` → `x`. */
export function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** A Go filepath.Match pattern (with `**`) as an anchored regular expression. */
export function patternRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` matches zero or more directories; a trailing `**` anything.
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^')) cls = `^${cls.slice(1)}`;
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (ch === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
