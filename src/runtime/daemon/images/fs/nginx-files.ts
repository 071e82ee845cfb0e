import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programImage } from '../../../programs/binfmt.ts';

/** The texts the nginx.org packages install, in the two generations the catalog needs. */
export type NginxGen = 'modern' | 'legacy';

export function nginxConf(gen: NginxGen): string {
  return `
user  nginx;
worker_processes  ${gen === 'modern' ? 'auto' : '1'};

error_log  /var/log/nginx/error.log ${gen === 'modern' ? 'notice' : 'warn'};
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;
}

export function nginxDefaultConf(gen: NginxGen): string {
  // The packaged file listens on IPv4 only; the modern image's entrypoint adds `listen  [::]:80;` at start.
  const listen = gen === 'modern' ? '    listen       80;\n    server_name  localhost;\n\n' : '    listen       80;\n    server_name  localhost;\n\n    #charset koi8-r;\n';
  return `server {
${listen}    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

`;
}

const STYLE_MODERN = 'html { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n';
const STYLE_LEGACY = '    body {\n        width: 35em;\n        margin: 0 auto;\n        font-family: Tahoma, Verdana, Arial, sans-serif;\n    }\n';

export function nginxIndexHtml(gen: NginxGen): string {
  return `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
${gen === 'modern' ? STYLE_MODERN : STYLE_LEGACY}</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;
}

export function nginx50xHtml(gen: NginxGen): string {
  return `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
${gen === 'modern' ? STYLE_MODERN : STYLE_LEGACY}</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;
}

const MIME = [['text/html', 'html htm shtml'], ['text/css', 'css'], ['text/xml', 'xml'], ['image/gif', 'gif'], ['image/jpeg', 'jpeg jpg'], ['application/javascript', 'js'], ['text/plain', 'txt'], ['image/png', 'png'], ['image/svg+xml', 'svg svgz'], ['image/x-icon', 'ico'], ['application/json', 'json'], ['application/pdf', 'pdf'], ['application/zip', 'zip'], ['application/octet-stream', 'bin exe dll'], ['video/mp4', 'mp4']];

function mimeTypes(): string {
  return `\ntypes {\n${MIME.map(([t, e]) => `    ${t.padEnd(40)} ${e};`).join('\n')}\n}\n`;
}

/**
 * What the nginx package puts on disk: binary (`build` names it, programs/services/nginx-build.ts), /etc/nginx, the default site, the cache dir
 * and the two log files the image links to the container's stdout/stderr.
 */
export function nginxFiles(t: TreeBuilder, gen: NginxGen, modulesDir: string, build: string): void {
  t.file('/usr/sbin/nginx', programImage(build), 0o755).file('/usr/sbin/nginx-debug', programImage(build), 0o755);
  t.file('/etc/nginx/nginx.conf', nginxConf(gen)).file('/etc/nginx/conf.d/default.conf', nginxDefaultConf(gen));
  t.file('/etc/nginx/mime.types', mimeTypes());
  for (const p of ['fastcgi_params', 'scgi_params', 'uwsgi_params']) t.file(`/etc/nginx/${p}`, `${p.split('_')[0]}_param  QUERY_STRING       $query_string;\n${p.split('_')[0]}_param  REQUEST_METHOD     $request_method;\n`);
  t.symlink('/etc/nginx/modules', modulesDir).dir(modulesDir);
  t.file('/usr/share/nginx/html/index.html', nginxIndexHtml(gen)).file('/usr/share/nginx/html/50x.html', nginx50xHtml(gen));
  t.dir('/var/cache/nginx').dir('/var/log/nginx');
  t.symlink('/var/log/nginx/access.log', '/dev/stdout').symlink('/var/log/nginx/error.log', '/dev/stderr');
}
