// Tab completion for the terminal pane, as bash-completion would do it on the host: commands in
// command position, docker's subcommands, flags and object names after `docker`, paths elsewhere.
// The facts come from a CompletionSource (the model, or a fake in tests); no blessed, no runtime.
import type { Completion } from './line-editor.ts';
import { completeDocker } from './docker-completion.ts';

export interface DirEntry {
  name: string;
  dir: boolean;
  exec?: boolean;
}

/** What completion may ask the lab about. */
export interface CompletionSource {
  /** Programs on PATH, builtins and aliases. */
  commands(): string[];
  /** Entries of a directory (absolute, or relative to the shell's cwd); null when it is not one. */
  listDir(path: string): DirEntry[] | null;
  home: string;
  containers(): string[];
  images(): string[];
  volumes(): string[];
  networks(): string[];
}

/** One word of the line being typed, with where it starts in the line. */
export interface Word {
  text: string;
  start: number;
}

/** Words of the current simple command up to the cursor (after the last | ; & && || or `(`). */
export function wordsBefore(line: string, cursor: number): Word[] {
  const words: Word[] = [];
  let cur: Word | null = null;
  let quote: string | null = null;
  for (let i = 0; i < cursor; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else cur!.text += c;
      continue;
    }
    if (c === '\\' && i + 1 < cursor) {
      cur ??= { text: '', start: i };
      cur.text += line[++i];
      continue;
    }
    if (c === '"' || c === "'") {
      cur ??= { text: '', start: i };
      quote = c;
      continue;
    }
    if (/\s/.test(c)) {
      if (cur) words.push(cur);
      cur = null;
      continue;
    }
    if (';|&('.includes(c)) {
      if (cur) words.push(cur);
      cur = null;
      words.length = 0;
      continue;
    }
    cur ??= { text: '', start: i };
    cur.text += c;
  }
  words.push(cur ?? { text: '', start: cursor });
  return words;
}

const WRAPPERS = new Set(['sudo', 'time', 'nohup', 'exec', 'command', 'watch', 'nice']);

export function complete(line: string, cursor: number, src: CompletionSource): Completion {
  let words = wordsBefore(line, cursor);
  // `sudo docker ps`: complete what follows the wrapper as a command line of its own.
  while (words.length > 1 && WRAPPERS.has(words[0]!.text)) words = words.slice(1);
  const word = words[words.length - 1]!;
  const start = word.start;
  if (words.length === 1 && !word.text.includes('/')) {
    return { start, candidates: filter(src.commands(), word.text, ' ') };
  }
  if (words[0]!.text === 'docker' && words.length > 1) {
    const docker = completeDocker(words.slice(1).map((w) => w.text), src);
    if (docker) return { start, candidates: docker };
  }
  return { start, candidates: completePath(word.text, src, words.length === 1) };
}

function filter(names: string[], prefix: string, suffix: string): { text: string; suffix: string }[] {
  return [...new Set(names)].filter((n) => n.startsWith(prefix)).sort().map((text) => ({ text, suffix }));
}

/** File names under the directory part of `word`; directories get a `/`, files a space. */
export function completePath(word: string, src: CompletionSource, executablesOnly = false): { text: string; suffix: string }[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = slash >= 0 ? word.slice(slash + 1) : word;
  const expanded = dirPart.startsWith('~/') ? `${src.home}/${dirPart.slice(2)}` : dirPart;
  const entries = src.listDir(expanded === '' ? '.' : expanded);
  if (!entries) return [];
  return entries
    .filter((e) => e.name.startsWith(base) && (base.startsWith('.') || !e.name.startsWith('.')))
    .filter((e) => !executablesOnly || e.dir || e.exec)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => ({ text: dirPart + e.name.replace(/([\s'"\\$`])/g, '\\$1'), suffix: e.dir ? '/' : ' ' }));
}
