import type { Instruction } from './parser.ts';
import type { StageState } from './state.ts';

/**
 * What a build reports as it goes. The legacy builder prints `Step n/N`, ` ---> Running in`,
 * ` ---> <id>`; BuildKit's plain progress prints numbered vertices. Both drive the same steps.
 */
export interface BuildProgress {
  /** A global ARG (before the first FROM). */
  metaArg(inst: Instruction, step: number, total: number): Promise<void>;
  /** An instruction starts; `stage` is its stage index, `n`/`of` its place among the stage's steps. */
  begin(inst: Instruction, step: number, total: number, where: StepPlace): Promise<void>;
  /** The instruction is done; `state.image` is its result. */
  end(inst: Instruction, state: StageState): Promise<void>;
  cached(): Promise<void>;
  running(containerId: string): Promise<void>;
  removed(containerId: string): Promise<void>;
  /** Output of a RUN step's container. */
  output(data: string, stream: 'stdout' | 'stderr'): Promise<void>;
  /** ONBUILD triggers of a base image about to run. */
  triggers(count: number): Promise<void>;
  warn(text: string): Promise<void>;
}

export interface StepPlace {
  stage: number;
  stageName: string | null;
  stages: number;
  /** 1-based index of the step in its stage (FROM is 1), and how many steps the stage has. */
  n: number;
  of: number;
}
