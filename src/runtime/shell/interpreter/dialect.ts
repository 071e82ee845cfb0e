import type { Errno } from '../../kernel/fs/errors.ts';
import { STRERROR } from '../../kernel/fs/errors.ts';

/**
 * Which shell this interpreter is playing: bash, dash (Ubuntu's /bin/sh) or busybox ash (the sh of
 * busybox/alpine images). They share the language but word their diagnostics differently.
 */
export type Dialect = 'bash' | 'dash' | 'ash';

export interface DialectInfo {
  /** `bash: line 3: ` / `sh: 3: ` / `sh: ` before a diagnostic. */
  prefix(name: string, line: number, interactive: boolean): string;
  notFound(cmd: string): string;
  /** Status of a failed redirection. */
  redirectStatus: number;
  redirect(path: string, errno: Errno, writing: boolean): string;
  /** A syntax error from the parser, as the shell's own words. */
  syntax(kind: 'token' | 'eof' | 'match', detail: string): string;
}

const bash: DialectInfo = {
  prefix: (name, line, interactive) => (interactive ? `${name}: ` : `${name}: line ${line}: `),
  notFound: (cmd) => (cmd.includes('/') ? `${cmd}: No such file or directory` : `${cmd}: command not found`),
  redirectStatus: 1,
  redirect: (path, errno) => `${path}: ${STRERROR[errno]}`,
  syntax: (kind, detail) => (kind === 'token' ? `syntax error near unexpected token \`${detail}'` : kind === 'match' ? `unexpected EOF while looking for matching \`${detail}'` : 'syntax error: unexpected end of file'),
};

const dash: DialectInfo = {
  prefix: (name, line) => `${name}: ${line}: `,
  notFound: (cmd) => `${cmd}: not found`,
  redirectStatus: 2,
  redirect: (path, errno, writing) =>
    writing ? `cannot create ${path}: ${errno === 'ENOENT' ? 'Directory nonexistent' : STRERROR[errno]}` : `cannot open ${path}: ${errno === 'ENOENT' ? 'No such file' : STRERROR[errno]}`,
  syntax: (kind, detail) => (kind === 'token' ? `Syntax error: "${detail}" unexpected` : `Syntax error: end of file unexpected${kind === 'eof' && detail ? ` (expecting "${detail}")` : ''}`),
};

const ash: DialectInfo = {
  prefix: (name) => `${name}: `,
  notFound: (cmd) => `${cmd}: not found`,
  redirectStatus: 1,
  redirect: (path, errno, writing) =>
    writing ? `can't create ${path}: ${errno === 'ENOENT' ? 'nonexistent directory' : STRERROR[errno]}` : `can't open ${path}: ${errno === 'ENOENT' ? 'no such file' : STRERROR[errno]}`,
  syntax: (kind, detail) =>
    kind === 'token' ? `syntax error: unexpected "${detail}"` : kind === 'match' && detail === '}' ? "syntax error: missing '}'" : `syntax error: unexpected end of file${kind === 'eof' && detail ? ` (expecting "${detail}")` : ''}`,
};

export const DIALECTS: Record<Dialect, DialectInfo> = { bash, dash, ash };

/** bash builtins that dash and busybox ash do not have (they are then looked up in PATH). */
const NOT_IN_DASH = new Set(['declare', 'typeset', 'source', 'shopt', 'mapfile', 'readarray', 'pushd', 'popd', 'dirs', 'let', 'disown', 'history', 'builtin', 'caller', 'enable', 'help', 'logout', 'suspend', 'compgen', 'complete']);
const NOT_IN_ASH = new Set(['declare', 'typeset', 'shopt', 'mapfile', 'readarray', 'pushd', 'popd', 'dirs', 'disown', 'builtin', 'caller', 'enable', 'logout', 'suspend', 'compgen', 'complete']);

export function dialectHasBuiltin(d: Dialect, name: string): boolean {
  if (d === 'dash') return !NOT_IN_DASH.has(name);
  if (d === 'ash') return !NOT_IN_ASH.has(name);
  return true;
}
