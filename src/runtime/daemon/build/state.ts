import type { Host } from '../../host.ts';
import type { HostConfig } from '../container/config.ts';
import type { Engine } from '../engine.ts';
import type { Image, ImageConfig } from '../image/image.ts';
import type { Instruction } from './parser.ts';
import type { BuildContext } from './context.ts';
import type { BuildProgress } from './progress.ts';

/** A failure after the build started streaming: printed as is (no `Error response from daemon:`). */
export class BuildError extends Error {
  constructor(message: string, readonly code = 1, /** BuildKit's wording, where it differs. */ readonly kitMessage = message) {
    super(message);
  }
}

/** Proxy variables every build accepts without an ARG, and keeps out of the image history. */
export const PREDEFINED_ARGS = new Set(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']);

export interface BuildOptions {
  /** `--build-arg` values; null = named without a value and unset in the client's environment. */
  buildArgs: Map<string, string | null>;
  labels: Record<string, string>;
  noCache: boolean;
  pull: boolean;
  target: string;
  rm: boolean;
  forceRm: boolean;
  /** Settings of the RUN containers (--network, --memory...). */
  hostConfig: Partial<HostConfig>;
}

/** One `FROM` and what follows it. */
export interface Stage {
  name: string | null;
  from: Instruction;
  commands: Instruction[];
}

/** The dispatch state of the stage being built (moby's dispatchState). */
export interface StageState {
  /** The current image; null while a `FROM scratch` stage has committed nothing. */
  image: Image | null;
  /** The run config every step starts from (what the next commit stores as Config). */
  config: ImageConfig;
  /** ARGs declared in this stage, with their effective values (undefined = no value). */
  args: Map<string, string | undefined>;
  maintainer: string;
  /** A CMD was given in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
}

/** What every instruction handler gets. */
export interface Builder {
  engine: Engine;
  host: Host;
  options: BuildOptions;
  context: BuildContext;
  escape: string;
  /** Global ARGs (before the first FROM): their values, for FROM and for ARGs that re-declare them. */
  metaArgs: Map<string, string | undefined>;
  /** Build-args some ARG consumed (the rest get the `[Warning]`). */
  usedArgs: Set<string>;
  /** Finished stages: name or index → final image. */
  stageImages: Map<string, Image | null>;
  progress: BuildProgress;
  /** BuildKit semantics: no intermediate images or containers, its own cache, `# buildkit` history. */
  kit: boolean;
  /** The instruction being dispatched (BuildKit writes its history from it). */
  current: Instruction | null;
  /** Pulls a FROM image that is not local (the catalog plays the registry). */
  pull(ref: string): Promise<Image>;
}

/** `$NAME` during the build: the stage's ENV first, then its declared ARGs. */
export function lookupOf(state: StageState): (name: string) => string | undefined {
  return (name) => {
    for (const kv of state.config.Env ?? []) {
      const i = kv.indexOf('=');
      if (kv.slice(0, i) === name) return kv.slice(i + 1);
    }
    return state.args.get(name);
  };
}

/** The ARG values RUN sees, minus names ENV overrides (BuildArgs.FilterAllowed), sorted as prependEnvOnCmd does. */
export function runArgs(state: StageState): string[] {
  const envNames = new Set((state.config.Env ?? []).map((kv) => kv.slice(0, kv.indexOf('='))));
  const out: string[] = [];
  for (const [k, v] of state.args) if (v !== undefined && !envNames.has(k)) out.push(`${k}=${v}`);
  return out.sort();
}

/** One Dockerfile instruction: its options, its parse-time checks (argument counts) and its dispatch. */
export interface InstructionDef {
  flags: string[];
  /** Parse-time validation (instructions.Parse): a message, reported with the line number. */
  check?(inst: Instruction): string | { bare: string } | null;
  run(b: Builder, state: StageState, inst: Instruction): Promise<void>;
}
