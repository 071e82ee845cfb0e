import type { Command } from 'commander';

/**
 * The lesson commands of `lab`. Each action imports its module on use, so `lab exec` never loads
 * the lesson engine and `lab list` never loads the validator.
 */
export function registerLessonCommands(program: Command): void {
  const common = (c: Command) => c.option('--lessons <dir>', 'the lessons folder (default: the one shipped with the lab)').option('--lang <lang>', 'en or zh-CN');
  const set = (code: number) => {
    process.exitCode = code;
  };

  program
    .command('validate')
    .description('check lessons: parse every file, replay each solution (must pass) and wrong attempt (must fail)')
    .argument('[dir]', 'a lessons folder or one lesson folder', 'lessons')
    .option('--seed <n>', 'the student seed parameters are drawn from', '1')
    .action(async (dir: string, opts: { seed: string }) => {
      const { runValidate } = await import('./validate.ts');
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) return set(usage(`lab validate: --seed ${opts.seed}: not an integer`));
      set(await runValidate(dir, { seed }));
    });

  common(program.command('list').description('the lessons, with how many exercises you finished')).action(async (opts) => {
    const { runList } = await import('./student.ts');
    set(await runList(opts));
  });

  common(program.command('check').description('check the current exercise (exit 0 when done)'))
    .option('--lesson <id>', 'the lesson (default: the one you are in)')
    .action(async (opts) => {
      const { runCheck } = await import('./student.ts');
      set(await runCheck(opts));
    });

  common(program.command('hint').description('the next hint of the current exercise'))
    .option('--lesson <id>', 'the lesson (default: the one you are in)')
    .action(async (opts) => {
      const { runHint } = await import('./student.ts');
      set(await runHint(opts));
    });

  common(program.command('answer').description('answer the current quiz: lab answer q1=a,b q2=c'))
    .argument('<answers...>', 'QUESTION=OPTION[,OPTION]')
    .option('--lesson <id>', 'the lesson (default: the one you are in)')
    .action(async (answers: string[], opts) => {
      const { runAnswer } = await import('./student.ts');
      set(await runAnswer(answers, opts));
    });

  common(program.command('progress').description('your progress; --export FILE writes it as JSON (- for standard output)'))
    .option('--export <file>', 'write the progress report to FILE')
    .action(async (opts: { export?: string; lessons?: string; lang?: string }) => {
      const { runProgressExport } = await import('./export.ts');
      set(await runProgressExport(opts.export, opts));
    });

  program
    .command('new')
    .description('scaffold a lesson folder (asks for what the flags do not give)')
    .option('--id <NN-slug>', 'the lesson folder name')
    .option('--title-en <title>', 'the title in English')
    .option('--title-zh <title>', 'the title in Chinese')
    .option('--exercise <id>', 'the first exercise id', undefined)
    .option('--host <flavour>', 'ubuntu or centos7')
    .option('--dir <dir>', 'where lessons live', 'lessons')
    .action(async (opts) => {
      const { runNewLesson } = await import('./new-lesson.ts');
      set(await runNewLesson(opts));
    });
}

function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
