// Data model of the docker CLI command table (mirrors cobra commands and pflag flags).

/**
 * One flag as pflag knows it: [shorthand, long name, type, usage, default].
 * `type` is the pflag type name shown in help ("" for bool); `def` is pflag's DefValue as shown in
 * "(default …)" — absent when it is the type's zero value (then help prints nothing).
 */
export interface FlagDef {
  short: string;
  long: string;
  type: string;
  usage: string;
  def?: string;
  hidden?: boolean;
  /** pflag Deprecated: flag hidden in help, message printed on use */
  deprecated?: string;
  /** pflag ShorthandDeprecated (docker's `-h` → use --help) */
  shortDeprecated?: string;
  /** NoOptDefVal for non-bool flags that may be given without a value */
  noOpt?: string;
  /** hidden alias bound to the same value as this other flag (--net → --network) */
  same?: string;
}

/** Argument arity as checked by docker's cli.NoArgs/RequiresMinArgs/… helpers. */
export type Arity =
  | { kind: 'any' }
  | { kind: 'none' }
  | { kind: 'min'; n: number }
  | { kind: 'max'; n: number }
  | { kind: 'exact'; n: number }
  | { kind: 'range'; min: number; max: number };

export interface CmdDef {
  /** canonical path without "docker", e.g. "container ls" */
  path: string;
  /** cobra Use without the parent path, e.g. "ls [OPTIONS]" */
  use: string;
  short: string;
  /** full description when it differs from `short` */
  long?: string;
  /** other names in the same parent (cobra Aliases) */
  aliases?: string[];
  /** the "Aliases:" line of the help, verbatim */
  aliasLine?: string;
  flags: FlagDef[];
  args: Arity;
  /** flags after the first positional belong to the program (SetInterspersed(false)) */
  noInterspersed?: boolean;
  experimental?: boolean;
  /** shown under "Swarm Commands" etc. in the root help: set on management groups only */
  section?: 'common' | 'management' | 'swarm' | 'plain';
  /** message printed to stderr (before the help) whenever the command's help is shown */
  helpNotice?: string;
}

/** A top-level shortcut (docker ps → docker container ls) sharing the canonical command's flags. */
export interface ShortcutDef {
  name: string;
  of: string;
  use: string;
  section: 'common' | 'plain';
}
