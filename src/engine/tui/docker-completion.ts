// `docker <Tab>`: subcommands and flags from the CLI's own command table (the one its parser and
// --help read), object names for positionals from each command's usage line (CONTAINER, IMAGE...).
import { ROOT, type Node } from '../../runtime/daemon/cli/front/table.ts';
import type { FlagDef } from '../../runtime/daemon/cli/front/types.ts';
import { completePath, type CompletionSource } from './completer.ts';

type Candidate = { text: string; suffix: string };
type Kind = 'container' | 'image' | 'volume' | 'network' | 'path' | 'none';

/** Usage-line placeholders → what names complete there. */
const PLACEHOLDER_KIND: [RegExp, Kind][] = [
  [/^CONTAINER/, 'container'],
  [/^(IMAGE|SOURCE_IMAGE|NAME\[:TAG)/, 'image'],
  [/^VOLUME/, 'volume'],
  [/^NETWORK/, 'network'],
  [/PATH/, 'path'],
];

/** Flags whose value names a docker object or a file. */
const FLAG_VALUE_KIND: Record<string, Kind> = {
  network: 'network', net: 'network', volume: 'volume', 'volumes-from': 'container', link: 'container',
  file: 'path', 'env-file': 'path', 'label-file': 'path', 'cidfile': 'path', output: 'path', input: 'path',
};

const takesValue = (f: FlagDef) => f.type !== '' && f.type !== 'bool' && f.noOpt === undefined;

function findFlag(node: Node, word: string): FlagDef | undefined {
  if (word.startsWith('--')) return node.flags.find((f) => f.long === word.slice(2).split('=')[0]);
  // `-it` or `-p`: the last short letter decides whether the next word is its value.
  const last = word.slice(-1);
  return node.flags.find((f) => f.short === last);
}

function names(kind: Kind, prefix: string, src: CompletionSource): Candidate[] {
  if (kind === 'path') return completePath(prefix, src);
  const list =
    kind === 'container' ? src.containers() : kind === 'image' ? src.images() : kind === 'volume' ? src.volumes() : kind === 'network' ? src.networks() : [];
  return [...new Set(list)].filter((n) => n.startsWith(prefix)).sort().map((text) => ({ text, suffix: ' ' }));
}

/** The kinds of the positionals a usage line names, the last one repeating when it ends in `...`. */
function positionalKinds(use: string): { kinds: Kind[]; repeats: boolean } {
  const tokens = use.split(' ').slice(1).filter((t) => t !== '[OPTIONS]' && t !== '|');
  const kinds = tokens.map((t) => {
    const bare = t.replace(/^\[+/, '');
    return PLACEHOLDER_KIND.find(([re]) => re.test(bare))?.[1] ?? 'none';
  });
  return { kinds, repeats: tokens.length > 0 && tokens[tokens.length - 1]!.includes('...') };
}

function flagCandidates(node: Node, word: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of node.flags) {
    if (f.hidden || f.deprecated) continue;
    if (f.long) out.push({ text: `--${f.long}`, suffix: ' ' });
    if (f.short && !word.startsWith('--')) out.push({ text: `-${f.short}`, suffix: ' ' });
  }
  return out.filter((c) => c.text.startsWith(word)).sort((a, b) => (a.text < b.text ? -1 : 1));
}

/** pflag takes flags anywhere, except after the first positional of run/exec (SetInterspersed(false)). */
const flagsAllowed = (node: Node, positionals: string[]) => positionals.length === 0 || !node.def.noInterspersed;

/**
 * Candidates for the last of `args` (the words after `docker`), or null when docker has nothing to
 * say (then paths are offered).
 */
export function completeDocker(args: string[], src: CompletionSource): Candidate[] | null {
  const word = args[args.length - 1]!;
  let node = ROOT;
  const positionals: string[] = [];
  let expectValue: FlagDef | undefined;
  for (const a of args.slice(0, -1)) {
    if (expectValue) {
      expectValue = undefined;
      continue;
    }
    if (a.startsWith('-') && a !== '-' && flagsAllowed(node, positionals)) {
      const f = findFlag(node, a);
      if (f && takesValue(f) && !a.includes('=')) expectValue = f;
      continue;
    }
    const child = positionals.length === 0 && node.isGroup ? node.names.get(a) : undefined;
    if (child) node = child;
    else positionals.push(a);
  }
  if (expectValue) {
    const kind = FLAG_VALUE_KIND[expectValue.long] ?? 'none';
    return kind === 'none' ? [] : names(kind, word, src);
  }
  if (word.startsWith('-') && flagsAllowed(node, positionals)) return flagCandidates(node, word);
  if (node.isGroup) {
    return [...node.names.entries()]
      .filter(([n, child]) => n.startsWith(word) && n === child.name)
      .map(([n]) => ({ text: n, suffix: ' ' }))
      .sort((a, b) => (a.text < b.text ? -1 : 1));
  }
  // After the first positional of run/exec the words belong to the program in the container.
  if (node.def.noInterspersed && positionals.length > 0) return [];
  const { kinds, repeats } = positionalKinds(node.use);
  const kind = kinds[positionals.length] ?? (repeats ? kinds[kinds.length - 1] : undefined) ?? 'none';
  if (kind === 'path') return null;
  return names(kind, word, src);
}
