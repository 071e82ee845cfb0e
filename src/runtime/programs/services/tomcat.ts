import { FsError } from '../../kernel/fs/errors.ts';
import type { AppletContext } from '../../shell/applets/types.ts';
import type { Jvm } from './java.ts';
import { closeListening, declareListening } from './listening.ts';
import { tomcatTime } from './log-clock.ts';
import { awaitSignals, handleSignals } from './signal-wait.ts';

const JVM_VERSION: Record<string, [string, string]> = {
  '21.0.3': ['21.0.3+9-LTS', 'Eclipse Adoptium'],
  '17.0.11': ['17.0.11+9', 'Eclipse Adoptium'],
  '1.8.0_412': ['1.8.0_412-b08', 'Temurin'],
  '17.0.2': ['17.0.2+8-86', 'Oracle Corporation'],
};

/** ServerInfo.properties as catalina.jar carries it (server.info, server.number, server.built). */
function serverInfo(ctx: AppletContext, home: string): Map<string, string> {
  const info = new Map<string, string>();
  try {
    for (const m of ctx.fs.readFile(`${home}/lib/catalina.jar`).matchAll(/^(server\.\w+)=(.*)$/gm)) info.set(m[1]!, m[2]!);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  return info;
}

/** The HTTP connector ports of conf/server.xml. */
function connectorPorts(ctx: AppletContext, base: string): number[] {
  try {
    return [...ctx.fs.readFile(`${base}/conf/server.xml`).matchAll(/<Connector\s+port="(\d+)"\s+protocol="HTTP\/1\.1"/g)].map((m) => Number(m[1]));
  } catch (e) {
    if (e instanceof FsError) return [];
    throw e;
  }
}

/**
 * org.apache.catalina.startup.Bootstrap start (`catalina.sh run`): Tomcat's console log on
 * stderr (VersionLoggerListener, connector init/start, `Server startup in [N] milliseconds`);
 * SIGTERM runs the JVM's shutdown hook (connector pause/stop) and the JVM exits 143.
 */
export async function runTomcat(ctx: AppletContext, jvm: Jvm): Promise<number> {
  const home = jvm.props.get('catalina.home') ?? '/usr/local/tomcat';
  const base = jvm.props.get('catalina.base') ?? home;
  const info = serverInfo(ctx, home);
  const [vmVersion, vendor] = JVM_VERSION[jvm.version] ?? [jvm.version, 'Eclipse Adoptium'];
  const log = (thread: string, where: string, text: string) => ctx.stderr.write(`${tomcatTime(ctx.kernel.clock.now)} INFO [${thread}] ${where} ${text}\n`);
  const version = (k: string, v: string) => log('main', 'org.apache.catalina.startup.VersionLoggerListener.log', `${k.padEnd(22)} ${v}`);
  handleSignals(ctx.proc, ['TERM', 'INT', 'HUP']);
  await version('Server version name:', info.get('server.info') ?? 'Apache Tomcat');
  await version('Server built:', info.get('server.built') ?? '');
  await version('Server version number:', info.get('server.number') ?? '');
  await version('OS Name:', 'Linux');
  await version('OS Version:', ctx.host.kernelRelease);
  await version('Architecture:', 'amd64');
  await version('Java Home:', jvm.javaHome);
  await version('JVM Version:', vmVersion);
  await version('JVM Vendor:', vendor);
  await version('CATALINA_BASE:', base);
  await version('CATALINA_HOME:', home);
  for (const a of jvm.inputArgs) await version('Command line argument:', a);
  const ports = connectorPorts(ctx, base);
  const handlers = ports.map((p) => `["http-nio-${p}"]`);
  for (const h of handlers) await log('main', 'org.apache.coyote.AbstractProtocol.init', `Initializing ProtocolHandler ${h}`);
  await log('main', 'org.apache.catalina.startup.Catalina.load', `Server initialization in [${400 + ctx.kernel.random.int(500)}] milliseconds`);
  await log('main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]');
  await log('main', 'org.apache.catalina.core.StandardEngine.startInternal', `Starting Servlet engine: [${info.get('server.info') ?? 'Apache Tomcat'}]`);
  for (const h of handlers) await log('main', 'org.apache.coyote.AbstractProtocol.start', `Starting ProtocolHandler ${h}`);
  declareListening(ctx.proc, ports.map((port) => ({ proto: 'tcp' as const, address: '[::]', port, protocol: 'http' })));
  await log('main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${20 + ctx.kernel.random.int(60)}] milliseconds`);
  const sig = (await awaitSignals(ctx.proc))[0]!;
  for (const h of handlers) await log('Thread-1', 'org.apache.coyote.AbstractProtocol.pause', `Pausing ProtocolHandler ${h}`);
  await log('Thread-1', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]');
  for (const h of handlers) await log('Thread-1', 'org.apache.coyote.AbstractProtocol.stop', `Stopping ProtocolHandler ${h}`);
  for (const h of handlers) await log('Thread-1', 'org.apache.coyote.AbstractProtocol.destroy', `Destroying ProtocolHandler ${h}`);
  closeListening(ctx.proc);
  // The JVM ends with the conventional status of the signal that started the shutdown.
  return 128 + sig;
}
