/** errno codes the model raises, with the strerror text glibc prints for each. */
export const STRERROR = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
  ENAMETOOLONG: 'File name too long',
  EBADF: 'Bad file descriptor',
  ENOSPC: 'No space left on device',
  ENOEXEC: 'Exec format error',
  EAGAIN: 'Resource temporarily unavailable',
  ESRCH: 'No such process',
  ECHILD: 'No child processes',
  EPIPE: 'Broken pipe',
  ENOSYS: 'Function not implemented',
  EIO: 'Input/output error',
  ETXTBSY: 'Text file busy',
  ENOMEM: 'Cannot allocate memory',
  ENXIO: 'No such device or address',
  ENODEV: 'No such device',
  ESPIPE: 'Illegal seek',
  EMFILE: 'Too many open files',
  EFBIG: 'File too large',
} as const;

export type Errno = keyof typeof STRERROR;

export class FsError extends Error {
  readonly code: Errno;
  readonly path: string;
  constructor(code: Errno, path = '') {
    // An errno is an ordinary outcome (PATH lookups, test -e): skip the costly stack capture.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(STRERROR[code]);
    Error.stackTraceLimit = limit;
    this.code = code;
    this.path = path;
  }
  /** The strerror text, as `perror` would print it. */
  get text(): string {
    return STRERROR[this.code];
  }
}

export function isFsError(e: unknown): e is FsError {
  return e instanceof FsError;
}
