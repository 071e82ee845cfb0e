import { FsError } from '../../kernel/fs/errors.ts';
import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { runTomcat } from './tomcat.ts';

/** `java -version` of the JREs in the catalog, by the JAVA_VERSION of their `release` file. */
const VERSIONS: Record<string, string> = {
  '21.0.3': 'openjdk version "21.0.3" 2024-04-16 LTS\nOpenJDK Runtime Environment Temurin-21.0.3+9 (build 21.0.3+9-LTS)\nOpenJDK 64-Bit Server VM Temurin-21.0.3+9 (build 21.0.3+9-LTS, mixed mode, sharing)\n',
  '17.0.11': 'openjdk version "17.0.11" 2024-04-16\nOpenJDK Runtime Environment Temurin-17.0.11+9 (build 17.0.11+9)\nOpenJDK 64-Bit Server VM Temurin-17.0.11+9 (build 17.0.11+9, mixed mode, sharing)\n',
  '1.8.0_412': 'openjdk version "1.8.0_412"\nOpenJDK Runtime Environment (Temurin)(build 1.8.0_412-b08)\nOpenJDK 64-Bit Server VM (Temurin)(build 25.412-b08, mixed mode)\n',
  '17.0.2': 'openjdk version "17.0.2" 2022-01-18\nOpenJDK Runtime Environment (build 17.0.2+8-86)\nOpenJDK 64-Bit Server VM (build 17.0.2+8-86, mixed mode, sharing)\n',
};

export interface Jvm {
  javaHome: string;
  version: string;
  /** The JVM's input arguments (JDK_JAVA_OPTIONS first, then the command line's options). */
  inputArgs: string[];
  props: Map<string, string>;
  mainClass: string;
  args: string[];
}

/** The JRE this binary belongs to: its directory's parent holds the `release` file. */
function javaHome(ctx: AppletContext): string {
  // /proc/self/exe, or the path the launcher was started by (a shell's exec may not update exe).
  const exe = [ctx.proc.exe, ctx.argv[0]].find((p) => p?.startsWith('/') && /\/bin\/java$/.test(p)) ?? '/opt/java/openjdk/bin/java';
  return exe.slice(0, exe.lastIndexOf('/bin/')) || '/';
}

function releaseVersion(ctx: AppletContext, home: string): string {
  try {
    return /JAVA_VERSION="([^"]+)"/.exec(ctx.fs.readFile(`${home}/release`))?.[1] ?? '';
  } catch (e) {
    if (e instanceof FsError) return '';
    throw e;
  }
}

/**
 * The `java` launcher: -version, and the one main class the catalog's images run (Tomcat's
 * Bootstrap). Running other classes or jars is not modelled and says so.
 */
const java: Applet = {
  async run(ctx) {
    const home = javaHome(ctx);
    const version = releaseVersion(ctx, home);
    const modern = !version.startsWith('1.8');
    const envOpts = modern ? (ctx.env.get('JDK_JAVA_OPTIONS') ?? '') : '';
    const extra = envOpts.split(/\s+/).filter(Boolean);
    if (extra.length > 0) await ctx.stderr.write(`NOTE: Picked up JDK_JAVA_OPTIONS: ${envOpts}\n`);
    const argv = [...extra, ...ctx.argv.slice(1)];
    const inputArgs: string[] = [];
    const props = new Map<string, string>();
    let i = 0;
    for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
      const a = argv[i]!;
      if (a === '-version' || a === '--version') {
        await (a === '-version' ? ctx.stderr : ctx.stdout).write(VERSIONS[version] ?? `openjdk version "${version}"\n`);
        return 0;
      }
      if (a === '-classpath' || a === '-cp' || a === '--class-path') {
        i++;
        continue;
      }
      inputArgs.push(a);
      const m = /^-D([^=]+)=?(.*)$/.exec(a);
      if (m) props.set(m[1]!, m[2]!);
    }
    const mainClass = argv[i];
    if (mainClass === undefined) {
      await ctx.stderr.write('Usage: java [options] <mainclass> [args...]\n           (to execute a class)\n   or  java [options] -jar <jarfile> [args...]\n           (to execute a jar file)\n');
      return 1;
    }
    if (mainClass !== 'org.apache.catalina.startup.Bootstrap') {
      await ctx.stderr.write(`lab: running Java class ${mainClass} is not implemented in the lab yet\n`);
      return 1;
    }
    return runTomcat(ctx, { javaHome: home, version, inputArgs, props, mainClass, args: argv.slice(i + 1) });
  },
};

export default java;
