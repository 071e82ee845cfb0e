// Public surface of the docker CLI front end.
export { dispatch, type Dispatch, type Command, type DispatchOptions } from './dispatch.ts';
export { usageError, runError, flagError, unknownCommand, type Done } from './errors.ts';
export type { Opts } from './opts.ts';
export { help, rootHelp } from './help.ts';
export { CLIENT_VERSION, PLUGINS } from './commands/root.ts';
