import { Command, CommanderError } from 'commander';
import { clearState, stateFile } from './state-store.ts';
import { runExec, UsageError } from './exec.ts';
import * as path from 'node:path';

const program = new Command();
program.name('lab').description('container-lab: learn containers on an embedded Linux host and Docker engine').exitOverride();

program
  .command('exec')
  .description('run command lines on the workspace\'s host (one JSON object per command with --json)')
  .argument('[file]', 'file of command lines, or - for standard input')
  .option('--json', 'print {"cmd","stdout","stderr","exit"} per command')
  .option('--workdir <dir>', 'the workspace directory (default: current directory)')
  .option('--fresh', 'start from a clean host instead of the saved one')
  .option('--seed <n>', 'seed for generated ids')
  .action(async (file: string | undefined, opts) => {
    process.exitCode = await runExec(file, opts);
  });

program
  .command('reset')
  .description('forget the saved host of a workspace')
  .option('--workdir <dir>', 'the workspace directory (default: current directory)')
  .action((opts: { workdir?: string }) => {
    clearState(stateFile(path.resolve(opts.workdir ?? process.cwd())));
    process.stdout.write('lab: the workspace\'s host was reset; the next command starts on a fresh host\n');
  });

for (const name of ['shell', 'start']) {
  program
    .command(name)
    .description(name === 'start' ? 'start the lab (for now: the interactive shell on the embedded host)' : 'an interactive shell on the embedded host')
    .option('--workdir <dir>', 'the workspace directory (default: current directory)')
    .action(async (opts: { workdir?: string }) => {
      const { runRepl } = await import('./repl.ts');
      process.exitCode = await runRepl(opts.workdir ?? process.cwd());
    });
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode;
  else if (e instanceof UsageError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`lab: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}
