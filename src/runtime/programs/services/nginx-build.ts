/**
 * The nginx binaries of the catalog's images. Each image's /usr/sbin/nginx names its build
 * (`programImage('nginx-alpine')`), so `-v`/`-V` and the start-up notices say what that binary
 * would, wherever it is copied.
 */
export interface NginxBuild {
  version: string;
  compiler: string;
  openssl: string;
  configure: string;
}

const PATHS = '--prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/var/run/nginx.pid --lock-path=/var/run/nginx.lock --http-client-body-temp-path=/var/cache/nginx/client_temp --http-proxy-temp-path=/var/cache/nginx/proxy_temp --http-fastcgi-temp-path=/var/cache/nginx/fastcgi_temp --http-uwsgi-temp-path=/var/cache/nginx/uwsgi_temp --http-scgi-temp-path=/var/cache/nginx/scgi_temp --user=nginx --group=nginx';
const MODULES_125 = '--with-compat --with-file-aio --with-threads --with-http_addition_module --with-http_auth_request_module --with-http_dav_module --with-http_flv_module --with-http_gunzip_module --with-http_gzip_static_module --with-http_mp4_module --with-http_random_index_module --with-http_realip_module --with-http_secure_link_module --with-http_slice_module --with-http_ssl_module --with-http_stub_status_module --with-http_sub_module --with-http_v2_module --with-http_v3_module --with-mail --with-mail_ssl_module --with-stream --with-stream_realip_module --with-stream_ssl_module --with-stream_ssl_preread_module';
const MODULES_114 = '--with-http_ssl_module --with-http_realip_module --with-http_addition_module --with-http_sub_module --with-http_dav_module --with-http_flv_module --with-http_mp4_module --with-http_gunzip_module --with-http_gzip_static_module --with-http_random_index_module --with-http_secure_link_module --with-http_stub_status_module --with-http_auth_request_module --with-http_xslt_module=dynamic --with-http_image_filter_module=dynamic --with-http_geoip_module=dynamic --with-threads --with-stream --with-stream_ssl_module --with-stream_ssl_preread_module --with-stream_realip_module --with-stream_geoip_module=dynamic --with-http_slice_module --with-mail --with-mail_ssl_module --with-compat --with-file-aio --with-http_v2_module';

export const NGINX_BUILDS: Record<string, NginxBuild> = {
  // nginx.org's bookworm package of the nginx:1.25.5 image.
  nginx: {
    version: '1.25.5', compiler: 'gcc 12.2.0 (Debian 12.2.0-14) ', openssl: 'OpenSSL 3.0.9 30 May 2023 (running with OpenSSL 3.0.11 19 Sep 2023)',
    configure: `${PATHS} ${MODULES_125} --with-cc-opt='-g -O2 -ffile-prefix-map=/data/builder/debuild/nginx-1.25.5/debian/debuild-base/nginx-1.25.5=. -fstack-protector-strong -Wformat -Werror=format-security -Wp,-D_FORTIFY_SOURCE=2 -fPIC' --with-ld-opt='-Wl,-z,relro -Wl,-z,now -Wl,--as-needed -pie'`,
  },
  // nginx.org's Alpine 3.19 package of nginx:1.25.5-alpine.
  'nginx-alpine': {
    version: '1.25.5', compiler: 'gcc 13.2.1 20231014 (Alpine 13.2.1_git20231014) ', openssl: 'OpenSSL 3.1.4 24 Oct 2023',
    configure: `${PATHS} ${MODULES_125} --with-cc-opt='-Os -fstack-clash-protection -Wformat -Werror=format-security -fno-plt -g' --with-ld-opt='-Wl,--as-needed,-O1,--sort-common -Wl,-z,pack-relative-relocs'`,
  },
  // nginx:1.14-alpine compiled from source in its Dockerfile (Alpine 3.9, 2019).
  'nginx-1.14-alpine': {
    version: '1.14.2', compiler: 'gcc 8.2.0 (Alpine 8.2.0) ', openssl: 'OpenSSL 1.1.1a  20 Nov 2018',
    configure: `${PATHS} ${MODULES_114}`,
  },
};
