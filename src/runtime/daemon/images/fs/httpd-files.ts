import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programs } from './layout.ts';

export const IT_WORKS = '<html><body><h1>It works!</h1></body></html>\n';

const MODULES = 'mpm_event authn_file authn_core authz_host authz_groupfile authz_user authz_core access_compat auth_basic reqtimeout filter mime log_config env headers setenvif version unixd status autoindex dir alias';
const ALL_MODULES = `${MODULES} mpm_prefork mpm_worker proxy proxy_http proxy_fcgi rewrite ssl socache_shmcb deflate expires cgid cgi include info userdir vhost_alias remoteip http2 lua`;

/** The packaged httpd.conf with the image's two edits (User/Group www-data, logs to the container's stdio). */
export function httpdConf(): string {
  const load = MODULES.split(' ').map((m) => `LoadModule ${m}_module modules/mod_${m}.so`).join('\n');
  return `#
# This is the main Apache HTTP server configuration file.  It contains the
# configuration directives that give the server its instructions.
# See <URL:http://httpd.apache.org/docs/2.4/> for detailed information.
#
ServerRoot "/usr/local/apache2"

Listen 80

${load}

<IfModule unixd_module>
User www-data
Group www-data
</IfModule>

ServerAdmin you@example.com

<Directory />
    AllowOverride none
    Require all denied
</Directory>

DocumentRoot "/usr/local/apache2/htdocs"
<Directory "/usr/local/apache2/htdocs">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>

<IfModule dir_module>
    DirectoryIndex index.html
</IfModule>

<Files ".ht*">
    Require all denied
</Files>

ErrorLog /proc/self/fd/2

LogLevel warn

<IfModule log_config_module>
    LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
    LogFormat "%h %l %u %t \\"%r\\" %>s %b" common

    CustomLog /proc/self/fd/1 common
</IfModule>

<IfModule alias_module>
    ScriptAlias /cgi-bin/ "/usr/local/apache2/cgi-bin/"
</IfModule>

<Directory "/usr/local/apache2/cgi-bin">
    AllowOverride None
    Options None
    Require all granted
</Directory>

<IfModule headers_module>
    RequestHeader unset Proxy early
</IfModule>

<IfModule mime_module>
    TypesConfig conf/mime.types
    AddType application/x-compress .Z
    AddType application/x-gzip .gz .tgz
</IfModule>

<IfModule ssl_module>
SSLRandomSeed startup builtin
SSLRandomSeed connect builtin
</IfModule>

`;
}

export const HTTPD_FOREGROUND = `#!/bin/sh
set -e

# Apache gets grumpy about PID files pre-existing
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND "$@"
`;

/** The source build under $HTTPD_PREFIX (bin, conf, htdocs, modules, logs, error, icons, cgi-bin). */
export function httpdTree(t: TreeBuilder): void {
  const p = '/usr/local/apache2';
  t.dir(p, 0o755, 33, 33);
  programs(t, `${p}/bin`, ['httpd', 'ab', 'htpasswd', 'htdigest', 'htdbm', 'htcacheclean', 'logresolve', 'rotatelogs', 'fcgistarter', 'checkgid', 'httxt2dbm']);
  t.file(`${p}/bin/apachectl`, '#!/bin/sh\nHTTPD=\'/usr/local/apache2/bin/httpd\'\nexec $HTTPD -k "$@"\n', 0o755);
  t.file(`${p}/bin/envvars`, '# envvars-std - default environment variables for apachectl\n', 0o644);
  t.file(`${p}/conf/httpd.conf`, httpdConf());
  t.file(`${p}/conf/mime.types`, '# This file maps Internet media types to unique file extension(s).\ntext/html\t\t\t\t\thtml htm\ntext/css\t\t\t\t\tcss\ntext/plain\t\t\t\t\ttxt\nimage/png\t\t\t\t\tpng\n');
  t.file(`${p}/conf/magic`, '# Magic data for mod_mime_magic\n');
  for (const x of ['httpd-autoindex', 'httpd-dav', 'httpd-default', 'httpd-info', 'httpd-languages', 'httpd-manual', 'httpd-mpm', 'httpd-multilang-errordoc', 'httpd-ssl', 'httpd-userdir', 'httpd-vhosts', 'proxy-html']) {
    t.file(`${p}/conf/extra/${x}.conf`, `# ${x}.conf\n`);
  }
  t.dir(`${p}/conf/original/extra`).file(`${p}/conf/original/httpd.conf`, httpdConf().replace('User www-data\nGroup www-data', 'User daemon\nGroup daemon'));
  t.file(`${p}/htdocs/index.html`, IT_WORKS);
  t.dir(`${p}/cgi-bin`).dir(`${p}/logs`).dir(`${p}/include`);
  for (const m of ALL_MODULES.split(' ')) t.file(`${p}/modules/mod_${m}.so`, `\x7fELF\x02\x01\x01\0mod_${m}\n`, 0o755);
  for (const e of ['HTTP_BAD_GATEWAY', 'HTTP_BAD_REQUEST', 'HTTP_FORBIDDEN', 'HTTP_NOT_FOUND', 'HTTP_INTERNAL_SERVER_ERROR', 'HTTP_SERVICE_UNAVAILABLE']) t.file(`${p}/error/${e}.html.var`, `Content-language: en\nContent-type: text/html; charset=ISO-8859-1\n`);
  for (const i of ['apache_pb.gif', 'apache_pb.png', 'blank.gif', 'folder.gif', 'text.gif', 'back.gif']) t.file(`${p}/icons/${i}`, 'GIF89a');
}
