/**
 * Podman's build stream (buildah 1.28 via `podman build`, layers on): `STEP n/N: <line>` per
 * instruction (numbered within its stage, `[i/k] ` before it when the file has several stages),
 * `--> <11 hex>` after every step (after FROM only when it ends its stage), `--> Using cache <64 hex>` before it on a cache hit,
 * and `COMMIT <name>` before the last step's id. Global ARGs, intermediate containers and
 * ONBUILD triggers print nothing. The steps go to stdout, RUN's stderr to stderr; `-q` keeps
 * only that stderr.
 */
import type { Image } from '../image/image.ts';
import type { Instruction } from './parser.ts';
import type { BuildProgress, StepPlace } from './progress.ts';
import type { StageState } from './state.ts';

export interface PodmanStreams {
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
  quiet: boolean;
}

/** What the printer needs to know of the plan: each built stage's place in the file and its size. */
export interface PodmanPlan {
  /** Per built stage: its index among the file's stages, and its number of instructions (FROM included). */
  stages: { index: number; steps: number }[];
  /** How many stages the file has, after --target cut the later ones. */
  fileStages: number;
  /** The first -t as typed (`COMMIT pb`), or '' for an untagged build (`COMMIT`). */
  commitName: string;
}

const short = (img: Image | null) => (img ? img.id.slice(7, 18) : '');

export class PodmanProgress implements BuildProgress {
  /** The instruction being run (errors name it: `building at STEP "RUN exit 3"`). */
  current: Instruction | null = null;
  private stage = -1;
  private n = 0;
  private hit = false;

  /**
   * How a FROM line is shown: buildah prints it with build args expanded and `AS` normalised,
   * a stage reference as that stage's image id. Set by the command, which owns the builder.
   */
  fromLine: (inst: Instruction) => string = (inst) => inst.original;

  constructor(private readonly io: PodmanStreams, private readonly plan: PodmanPlan) {}

  private async say(text: string): Promise<void> {
    if (!this.io.quiet) await this.io.out(text);
  }

  private prefix(): string {
    const s = this.plan.stages[this.stage]!;
    return this.plan.fileStages > 1 ? `[${s.index + 1}/${this.plan.fileStages}] ` : '';
  }

  metaArg(): Promise<void> {
    return Promise.resolve();
  }

  async begin(inst: Instruction, _step: number, _total: number, where: StepPlace): Promise<void> {
    if (where.stage !== this.stage) {
      this.stage = where.stage;
      this.n = 0;
    }
    this.n++;
    this.current = inst;
    this.hit = false;
    const text = inst.cmd === 'from' ? this.fromLine(inst) : inst.original;
    await this.say(`${this.prefix()}STEP ${this.n}/${this.plan.stages[this.stage]!.steps}: ${text}\n`);
  }

  async end(inst: Instruction, state: StageState): Promise<void> {
    const stageEnd = this.n === this.plan.stages[this.stage]!.steps;
    const last = stageEnd && this.stage === this.plan.stages.length - 1;
    let text = '';
    if (this.hit) text += `--> Using cache ${state.image?.id.slice(7) ?? ''}\n`;
    // The last step is committed under the build's name; a cache hit needs no commit unless it is named.
    if (last && (!this.hit || this.plan.commitName)) text += `${this.prefix()}COMMIT${this.plan.commitName ? ` ${this.plan.commitName}` : ''}\n`;
    // FROM reports an id only when it ends its stage (the stage's image is the base itself).
    if (stageEnd || inst.cmd !== 'from') text += `--> ${short(state.image)}\n`;
    await this.say(text);
  }

  async cached(): Promise<void> {
    this.hit = true;
  }

  running(): Promise<void> {
    return Promise.resolve();
  }

  removed(): Promise<void> {
    return Promise.resolve();
  }

  async output(data: string, stream: 'stdout' | 'stderr'): Promise<void> {
    if (stream === 'stderr') await this.io.err(data);
    else await this.say(data);
  }

  triggers(): Promise<void> {
    return Promise.resolve();
  }

  /** The builder's one warning, unused build args, in buildah's words. */
  async warn(text: string): Promise<void> {
    const m = /^\[Warning\] One or more build-args \[(.*)\] were not consumed\n$/.exec(text);
    await this.say(m ? `[Warning] one or more build args were not consumed: [${m[1]}]\n` : text);
  }
}
