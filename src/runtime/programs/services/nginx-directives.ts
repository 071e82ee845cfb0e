/**
 * The directives the nginx model knows (those of the modules the official packages build in,
 * as far as a lesson meets them): where each is allowed and how many arguments it takes, as
 * ngx_command_t declares them. A name not listed is an `unknown directive`, as it is for nginx
 * when the module that declares it is not loaded (njs's js_* without load_module).
 */
export type Ctx = 'main' | 'events' | 'http' | 'server' | 'location' | 'sif' | 'lif' | 'upstream' | 'limit_except' | 'types' | 'map' | 'stream' | 'stream_server' | 'mail' | 'mail_server';

/** Argument count: exact numbers allowed, or `n+` for at least n; 'flag' is on|off. */
export type Args = readonly number[] | '1+' | '2+' | 'flag';

export interface Directive {
  readonly ctx: readonly Ctx[];
  readonly args: Args;
  /** A block directive: must be followed by `{`. Its value is the context inside. */
  readonly block?: Ctx;
  /** May appear several times in one block (otherwise a repeat `is duplicate`). */
  readonly multi?: boolean;
}

const H: Ctx[] = ['http', 'server', 'location'];
const HI: Ctx[] = [...H, 'lif'];
const RW: Ctx[] = ['server', 'location', 'sif', 'lif'];
const ALL: Ctx[] = ['main', 'events', 'http', 'server', 'location', 'sif', 'lif', 'upstream', 'limit_except', 'types', 'map', 'stream', 'stream_server', 'mail', 'mail_server'];
const T1 = [1] as const;
const T12 = [1, 2] as const;
const T2 = [2] as const;
const T23 = [2, 3] as const;
const NO = [0] as const;

const d = (ctx: readonly Ctx[], args: Args, extra: Partial<Directive> = {}): Directive => ({ ctx, args, ...extra });

export const DIRECTIVES: Record<string, readonly Directive[]> = {
  // core (main)
  user: [d(['main'], T12)], worker_processes: [d(['main'], T1)], pid: [d(['main'], T1)], daemon: [d(['main'], 'flag')],
  master_process: [d(['main'], 'flag')], worker_rlimit_nofile: [d(['main'], T1)], worker_rlimit_core: [d(['main'], T1)],
  worker_priority: [d(['main'], T1)], worker_cpu_affinity: [d(['main'], '1+')], worker_shutdown_timeout: [d(['main'], T1)],
  working_directory: [d(['main'], T1)], lock_file: [d(['main'], T1)], timer_resolution: [d(['main'], T1)], pcre_jit: [d(['main'], 'flag')],
  env: [d(['main'], T1, { multi: true })], load_module: [d(['main'], T1, { multi: true })], thread_pool: [d(['main'], T23, { multi: true })],
  error_log: [d(['main', 'http', 'server', 'location', 'stream', 'stream_server', 'mail', 'mail_server'], '1+', { multi: true })],
  include: [d(ALL, T1, { multi: true })],
  events: [d(['main'], NO, { block: 'events' })], http: [d(['main'], NO, { block: 'http' })],
  stream: [d(['main'], NO, { block: 'stream' })], mail: [d(['main'], NO, { block: 'mail' })],
  // events
  worker_connections: [d(['events'], T1)], use: [d(['events'], T1)], multi_accept: [d(['events'], 'flag')],
  accept_mutex: [d(['events'], 'flag')], accept_mutex_delay: [d(['events'], T1)], worker_aio_requests: [d(['events'], T1)],
  // http blocks
  server: [d(['http'], NO, { block: 'server', multi: true }), d(['upstream'], '1+', { multi: true }), d(['stream'], NO, { block: 'stream_server', multi: true }), d(['mail'], NO, { block: 'mail_server', multi: true })],
  location: [d(['server', 'location'], T12, { block: 'location', multi: true })],
  upstream: [d(['http', 'stream'], T1, { block: 'upstream', multi: true })],
  if: [d(['server'], '1+', { block: 'sif', multi: true }), d(['location'], '1+', { block: 'lif', multi: true })],
  limit_except: [d(['location'], '1+', { block: 'limit_except' })],
  types: [d(H, NO, { block: 'types', multi: true })],
  map: [d(['http', 'stream'], T2, { block: 'map', multi: true })],
  // http core
  listen: [d(['server', 'stream_server', 'mail_server'], '1+', { multi: true })], server_name: [d(['server', 'mail_server'], '1+', { multi: true })],
  root: [d(HI, T1)], alias: [d(['location'], T1)], index: [d(H, '1+', { multi: true })], try_files: [d(['server', 'location'], '2+')],
  default_type: [d(H, T1)], sendfile: [d([...HI], 'flag')], tcp_nopush: [d(H, 'flag')], tcp_nodelay: [d(H, 'flag')],
  keepalive_timeout: [d(H, T12)], keepalive_requests: [d(H, T1)], client_max_body_size: [d(H, T1)], client_body_buffer_size: [d(H, T1)],
  client_body_timeout: [d(H, T1)], client_header_timeout: [d(['http', 'server'], T1)], send_timeout: [d(H, T1)],
  large_client_header_buffers: [d(['http', 'server'], T2)], client_header_buffer_size: [d(['http', 'server'], T1)],
  server_tokens: [d(H, T1)], server_names_hash_bucket_size: [d(['http'], T1)], server_names_hash_max_size: [d(['http'], T1)],
  types_hash_max_size: [d(H, T1)], types_hash_bucket_size: [d(H, T1)], variables_hash_max_size: [d(['http'], T1)],
  error_page: [d(HI, '2+', { multi: true })], recursive_error_pages: [d(H, 'flag')], internal: [d(['location'], NO)],
  log_not_found: [d(H, 'flag')], log_subrequest: [d(H, 'flag')], absolute_redirect: [d(H, 'flag')], port_in_redirect: [d(H, 'flag')],
  server_name_in_redirect: [d(H, 'flag')], underscores_in_headers: [d(['http', 'server'], 'flag')], ignore_invalid_headers: [d(['http', 'server'], 'flag')],
  merge_slashes: [d(['http', 'server'], 'flag')], resolver: [d(H, '1+')], resolver_timeout: [d(H, T1)], charset: [d(HI, T1)],
  etag: [d(H, 'flag')], aio: [d(H, T1)], directio: [d(H, T1)], output_buffers: [d(H, T2)], postpone_output: [d(H, T1)],
  limit_rate: [d(HI, T1)], chunked_transfer_encoding: [d(H, 'flag')], reset_timedout_connection: [d(H, 'flag')],
  open_file_cache: [d(H, T12)], disable_symlinks: [d(H, T12)], autoindex: [d(H, 'flag')], autoindex_exact_size: [d(H, 'flag')],
  autoindex_localtime: [d(H, 'flag')], autoindex_format: [d(H, T1)], http2: [d(['http', 'server'], 'flag')],
  // logging, headers, rewrite
  access_log: [d([...HI, 'limit_except'], '1+', { multi: true })], log_format: [d(['http'], '2+', { multi: true })],
  add_header: [d(HI, T23, { multi: true })], expires: [d(HI, T12)],
  return: [d(RW, T12, { multi: true })], rewrite: [d(RW, T23, { multi: true })], set: [d(RW, T2, { multi: true })], break: [d(RW, NO, { multi: true })],
  rewrite_log: [d([...H, 'sif', 'lif'], 'flag')],
  // gzip, access, auth, status
  gzip: [d(HI, 'flag')], gzip_types: [d(H, '1+')], gzip_min_length: [d(H, T1)], gzip_comp_level: [d(H, T1)], gzip_vary: [d(H, 'flag')],
  gzip_proxied: [d(H, '1+')], gzip_disable: [d(H, '1+')], gzip_http_version: [d(H, T1)], gzip_buffers: [d(H, T2)], gzip_static: [d(H, T1)],
  allow: [d([...H, 'limit_except'], T1, { multi: true })], deny: [d([...H, 'limit_except'], T1, { multi: true })],
  auth_basic: [d([...H, 'limit_except'], T1)], auth_basic_user_file: [d([...H, 'limit_except'], T1)], auth_request: [d(H, T1)],
  stub_status: [d(['server', 'location'], [0, 1])], satisfy: [d(H, T1)],
  real_ip_header: [d(H, T1)], set_real_ip_from: [d(H, T1, { multi: true })], real_ip_recursive: [d(H, 'flag')],
  limit_req_zone: [d(['http'], '2+', { multi: true })], limit_req: [d(H, '1+', { multi: true })], limit_req_status: [d(H, T1)],
  limit_conn_zone: [d(['http'], T2, { multi: true })], limit_conn: [d(H, T2, { multi: true })], limit_conn_status: [d(H, T1)],
  sub_filter: [d(H, T2, { multi: true })], sub_filter_once: [d(H, 'flag')], sub_filter_types: [d(H, '1+')],
  // proxy, fastcgi, uwsgi, scgi
  proxy_pass: [d(['location', 'lif', 'limit_except'], T1), d(['stream_server'], T1)], proxy_set_header: [d(H, T2, { multi: true })],
  proxy_http_version: [d(H, T1)], proxy_read_timeout: [d(H, T1), d(['stream', 'stream_server'], T1)], proxy_connect_timeout: [d(H, T1), d(['stream', 'stream_server'], T1)],
  proxy_send_timeout: [d(H, T1)], proxy_redirect: [d(H, T12, { multi: true })], proxy_buffering: [d(H, 'flag')], proxy_buffer_size: [d(H, T1)],
  proxy_buffers: [d(H, T2)], proxy_cache: [d(H, T1)], proxy_cache_path: [d(['http'], '2+', { multi: true })], proxy_cache_valid: [d(H, '1+', { multi: true })],
  proxy_hide_header: [d(H, T1, { multi: true })], proxy_pass_header: [d(H, T1, { multi: true })], proxy_intercept_errors: [d(H, 'flag')],
  proxy_next_upstream: [d(H, '1+')], proxy_ssl_verify: [d(H, 'flag')], proxy_ssl_server_name: [d(H, 'flag')], proxy_request_buffering: [d(H, 'flag')],
  fastcgi_pass: [d(['location', 'lif'], T1)], fastcgi_param: [d(H, T23, { multi: true })], fastcgi_index: [d(H, T1)],
  fastcgi_split_path_info: [d(['location'], T1)], fastcgi_read_timeout: [d(H, T1)], fastcgi_buffers: [d(H, T2)], fastcgi_buffer_size: [d(H, T1)],
  fastcgi_intercept_errors: [d(H, 'flag')], uwsgi_pass: [d(['location', 'lif'], T1)], uwsgi_param: [d(H, T23, { multi: true })],
  scgi_pass: [d(['location', 'lif'], T1)], scgi_param: [d(H, T23, { multi: true })],
  // upstream
  keepalive: [d(['upstream'], T1)], least_conn: [d(['upstream'], NO)], ip_hash: [d(['upstream'], NO)], hash: [d(['upstream'], T12)], zone: [d(['upstream'], T12)],
  // ssl
  ssl_certificate: [d(['http', 'server', 'stream', 'stream_server', 'mail', 'mail_server'], T1, { multi: true })],
  ssl_certificate_key: [d(['http', 'server', 'stream', 'stream_server', 'mail', 'mail_server'], T1, { multi: true })],
  ssl_protocols: [d(['http', 'server'], '1+')], ssl_ciphers: [d(['http', 'server'], T1)], ssl_prefer_server_ciphers: [d(['http', 'server'], 'flag')],
  ssl_session_cache: [d(['http', 'server'], T12)], ssl_session_timeout: [d(['http', 'server'], T1)], ssl_session_tickets: [d(['http', 'server'], 'flag')],
  ssl_dhparam: [d(['http', 'server'], T1)], ssl_stapling: [d(['http', 'server'], 'flag')], ssl_client_certificate: [d(['http', 'server'], T1)],
  ssl_verify_client: [d(['http', 'server'], T1)],
};
