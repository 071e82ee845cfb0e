/** Errors and control-flow signals of the awk interpreter. */

/** `mawk: run time error: MSG` plus the FILENAME/FNR/NR line; exit 2. */
export class AwkRuntimeError extends Error {
  constructor(
    message: string,
    /** printf output produced before the error, written out first. */
    readonly partial = '',
  ) {
    super(message);
  }
}

/** "program limit exceeded: ..." is reported like a run time error without that label. */
export class AwkLimitError extends AwkRuntimeError {}

/** A fatal message printed as `mawk: MSG` (cannot open, write failures); exit 2. */
export class AwkFatal extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message);
  }
}

/** A compile-time diagnostic, already formatted after the `mawk: ` prefix. */
export class AwkSyntaxError extends Error {}

// Control flow is thrown as plain objects: no stack capture on every `next`.
export const NEXT = { kind: 'next' as const };
export const NEXTFILE = { kind: 'nextfile' as const };
export const BREAK = { kind: 'break' as const };
export const CONTINUE = { kind: 'continue' as const };

export class ExitSignal {
  constructor(readonly code: number | null) {}
}

export class ReturnSignal {
  constructor(readonly value: unknown) {}
}
