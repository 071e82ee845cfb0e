import type { InstructionDef } from './state.ts';
import add from './instructions/add.ts';
import arg from './instructions/arg.ts';
import cmd from './instructions/cmd.ts';
import copy from './instructions/copy.ts';
import entrypoint from './instructions/entrypoint.ts';
import env from './instructions/env.ts';
import expose from './instructions/expose.ts';
import healthcheck from './instructions/healthcheck.ts';
import label from './instructions/label.ts';
import onbuild from './instructions/onbuild.ts';
import run from './instructions/run.ts';
import shell from './instructions/shell.ts';
import { maintainer, stopsignal, user } from './instructions/simple.ts';
import volume from './instructions/volume.ts';
import workdir from './instructions/workdir.ts';

/** Dockerfile keyword → its implementation, one file per instruction (FROM is the stage driver's). */
export const INSTRUCTIONS: Record<string, InstructionDef> = {
  add, arg, cmd, copy, entrypoint, env, expose, healthcheck, label, maintainer, onbuild, run, shell, stopsignal, user, volume, workdir,
};
