import type { AppletContext } from '../types.ts';

const BANNER = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\n';

/** busybox 1.35 usage texts (after `Usage: `) for the applets in this folder. */
export const BB_USAGE: Record<string, string> = {
  which: 'which [-a] COMMAND...\n\nLocate COMMAND\n\n\t-a\tShow all matches\n',
  shuf: 'shuf [-n NUM] [-o FILE] [-z] [FILE | -e [ARG...] | -i L-H]\n\nRandomly permute lines\n\n\t-n NUM\tOutput at most NUM lines\n\t-o FILE\tWrite to FILE, not standard output\n\t-z\tNUL terminated output\n\t-e\tTreat ARGs as lines\n\t-i L-H\tTreat numbers L-H as lines\n',
  xxd: 'xxd [-pri] [-g N] [-c N] [-n LEN] [-s OFS] [-o OFS] [FILE]\n\nHex dump FILE (or stdin)\n\n\t-g N\t\tBytes per group\n\t-c N\t\tBytes per line\n\t-p\t\tShow only hex bytes, assumes -c30\n\t-i\t\tC include file style\n\t-l LENGTH\tShow only first LENGTH bytes\n\t-s OFFSET\tSkip OFFSET bytes\n\t-o OFFSET\tAdd OFFSET to displayed offset\n\t-r\t\tReverse (with -p, assumes no offsets in input)\n',
  hexdump: 'hexdump [-bcdoxCv] [-e FMT] [-f FMT_FILE] [-n LEN] [-s OFS] [FILE]...\n\nDisplay FILEs (or stdin) in a user specified format\n\n\t-b\t\t1-byte octal display\n\t-c\t\t1-byte character display\n\t-d\t\t2-byte decimal display\n\t-o\t\t2-byte octal display\n\t-x\t\t2-byte hex display\n\t-C\t\thex+ASCII 16 bytes per line\n\t-v\t\tShow all (no dup folding)\n\t-e FORMAT_STR\tExample: \'16/1 "%02x|""\\n"\'\n\t-f FORMAT_FILE\n\t-n LENGTH\tShow only first LENGTH bytes\n\t-s OFFSET\tSkip OFFSET bytes\n',
  od: 'od [-abcdfhilovxs] [-t TYPE] [-A RADIX] [-N SIZE] [-j SKIP] [-S MINSTR] [-w WIDTH] [FILE]...\n\nPrint FILEs (or stdin) unambiguously, as octal bytes by default\n',
};

/** busybox's bb_show_usage(): banner and usage on stderr, status 1. */
export async function bbUsage(ctx: AppletContext, name = ctx.name, status = 1): Promise<number> {
  // busybox prints usage on stderr even for --help (which then exits 0)
  await ctx.stderr.write(`${BANNER}Usage: ${BB_USAGE[name] ?? `${name} ...\n`}`);
  return status;
}

/** An option error as busybox's getopt32 prints it, then the usage. */
export async function bbOptError(ctx: AppletContext, message: string): Promise<number> {
  await ctx.stderr.write(`${ctx.name}: ${message}\n`);
  return bbUsage(ctx);
}
