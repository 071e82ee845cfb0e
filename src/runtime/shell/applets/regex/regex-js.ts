import type { AssertKind, RegexNode } from './regex-ast.ts';

/**
 * Writes a parsed POSIX regex as JavaScript RegExp source with the same group numbers.
 * Sets become explicit byte classes, so no `i` flag is needed except for back-references.
 * Nested repetitions are wrapped (`(?:a*)?`), since JS would read `a*?` as lazy.
 */
export function toJsSource(n: RegexNode, multiline: boolean): string {
  switch (n.k) {
    case 'set':
      return n.set.toJs();
    case 'cat':
      return n.items.map((x) => toJsSource(x, multiline)).join('');
    case 'alt':
      return `(?:${n.alts.map((x) => toJsSource(x, multiline)).join('|')})`;
    case 'group':
      return `(${toJsSource(n.node, multiline)})`;
    case 'backref':
      return `(?:\\${n.index})`;
    case 'assert':
      return assertion(n.what, multiline);
    case 'rep': {
      const inner = toJsSource(n.node, multiline);
      const atom = n.node.k === 'set' || n.node.k === 'group' ? inner : `(?:${inner})`;
      return atom + quantifier(n.min, n.max);
    }
  }
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === -1) return '*';
  if (min === 1 && max === -1) return '+';
  if (min === 0 && max === 1) return '?';
  if (max === -1) return `{${min},}`;
  if (min === max) return `{${min}}`;
  return `{${min},${max}}`;
}

function assertion(what: AssertKind, multiline: boolean): string {
  switch (what) {
    case 'bol':
      return multiline ? '(?<![^\\n])' : '(?<![\\s\\S])';
    case 'eol':
      return multiline ? '(?![^\\n])' : '(?![\\s\\S])';
    case 'bob':
      return '(?<![\\s\\S])';
    case 'eob':
      return '(?![\\s\\S])';
    case 'word':
      return '\\b';
    case 'nonword':
      return '\\B';
    case 'wstart':
      return '\\b(?=\\w)';
    case 'wend':
      return '\\b(?<=\\w)';
    case 'nwbefore':
      return '(?<!\\w)';
    case 'nwafter':
      return '(?!\\w)';
  }
}
