/**
 * A real WordPress for test/wordpress: Debian's `wordpress` package (copied to a throwaway folder with its own
 * wp-config.php), a private MariaDB server on a socket, PHP's built-in web server, and the plugin installed from
 * dist/wordpress/m4a-widgets.zip with WordPress's own unzip_file() and activated. `.ci/run` installs the packages.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const WORDPRESS_DIR = '/usr/share/wordpress';
export const PLUGIN_ZIP = resolve('dist/wordpress/m4a-widgets.zip');
export const ADMIN = { user: 'admin', password: 'admin-password-0123' } as const;
export const AUTHOR = { user: 'author', password: 'author-password-0123' } as const;

const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Why the WordPress suites cannot run here, or undefined when they can. */
export function wordpressMissing(needSite = true): string | undefined {
  if (!has('php')) return 'no php (apt-get install php-cli php-mysql php-xml php-mbstring)';
  if (!needSite) return undefined;
  if (!has('mariadbd') || !has('mariadb-install-db')) return 'no MariaDB (apt-get install mariadb-server)';
  if (!existsSync(join(WORDPRESS_DIR, 'wp-settings.php')))
    return `no WordPress in ${WORDPRESS_DIR} (apt-get install wordpress)`;
  if (!existsSync(join(WORDPRESS_DIR, 'wp-content/themes/twentytwentyone'))) {
    return 'no Twenty Twenty-One theme (apt-get install wordpress-theme-twentytwentyone)';
  }
  if (!existsSync(PLUGIN_ZIP)) return `no ${PLUGIN_ZIP} (npm run build)`;
  return undefined;
}

/**
 * Skips a suite with one line saying why, except in CI, where every suite must run. Returns whether to skip.
 */
export function skipWithoutWordPress(suite: string, needSite = true): boolean {
  const missing = wordpressMissing(needSite);
  if (!missing) return false;
  if (process.env['CI']) throw new Error(`${suite}: ${missing}`);
  console.log(`# ${suite} skipped: ${missing}`);
  return true;
}

export interface RunningWordPress {
  url: string;
  /** Runs PHP with WordPress loaded and returns what it printed. */
  php(code: string): string;
  /** Lines of the PHP log that come from the plugin's own files. */
  pluginLog(): string[];
  stop(): Promise<void>;
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops a child started with `detached` and its whole group (PHP's server forks its workers). */
const stopChild = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    process.kill(-child.pid!, 'SIGTERM');
  });

/** Starts MariaDB and WordPress on `port`, installs the site, the Author and the plugin. */
export async function startWordPress(port: number): Promise<RunningWordPress> {
  const dir = mkdtempSync(join(tmpdir(), 'm4a-wordpress-'));
  const socket = join(dir, 'mysqld.sock');
  const log = join(dir, 'php-errors.log');
  const url = `http://127.0.0.1:${port}`;
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${dir}/db`,
      '--user=root',
      '--skip-test-db',
      '--auth-root-authentication-method=normal',
    ],
    { stdio: 'ignore' },
  );
  const db = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${dir}/db`,
      `--socket=${socket}`,
      '--skip-networking',
      '--user=root',
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=64M',
      `--pid-file=${dir}/mysqld.pid`,
    ],
    { stdio: 'ignore', detached: true },
  );
  const children: ChildProcess[] = [db];
  const stop = async () => {
    for (const c of children.reverse()) await stopChild(c);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(() => existsSync(socket), 'MariaDB start');
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-e', 'CREATE DATABASE wordpress']);

    const site = join(dir, 'site');
    // Debian links some scripts to /usr/share/javascript with relative links: the copy resolves them.
    cpSync(WORDPRESS_DIR, site, { recursive: true });
    writeFileSync(join(site, 'wp-config.php'), wpConfig(url, socket, log, site));
    const ini = ['-d', 'log_errors=1', '-d', `error_log=${log}`, '-d', 'display_errors=0', '-d', 'memory_limit=512M'];
    const php = (code: string) =>
      execFileSync(
        'php',
        [
          ...ini,
          '-r',
          `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; define('WP_ADMIN', true);
        require '${site}/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/admin.php'; ${code}`,
        ],
        {
          encoding: 'utf8',
          cwd: site,
        },
      );
    execFileSync('php', [...ini, '-r', installScript(site, port)], { encoding: 'utf8', cwd: site, stdio: 'pipe' });

    const server = spawn('php', [...ini, '-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await waitFor(
      async () => (await fetch(`${url}/wp-login.php`).catch(() => undefined))?.ok === true,
      'WordPress start',
    );
    return {
      url,
      php,
      pluginLog: () =>
        (existsSync(log) ? readFileSync(log, 'utf8').split('\n') : []).filter((l) =>
          l.includes('/plugins/m4a-widgets/'),
        ),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

function wpConfig(url: string, socket: string, log: string, site: string): string {
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT',
  'LOGGED_IN_SALT', 'NONCE_SALT' ) as $k ) { define( $k, 'test-only-' . $k ); }
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', '${site}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${log}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
define( 'ABSPATH', '${site}/' );
require_once ABSPATH . 'wp-settings.php';
`;
}

/** Installs the site (as the installer does), adds the Author, installs the plugin from its zip and activates it. */
function installScript(site: string, port: number): string {
  return `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
define( 'WP_INSTALLING', true );
require '${site}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
wp_install( 'M4A test site', '${ADMIN.user}', 'admin@example.org', false, '', '${ADMIN.password}' );
wp_insert_user( array( 'user_login' => '${AUTHOR.user}', 'user_pass' => '${AUTHOR.password}',
  'user_email' => 'author@example.org', 'role' => 'author' ) );
switch_theme( 'twentytwentyone' );
WP_Filesystem();
$r = unzip_file( '${PLUGIN_ZIP}', WP_PLUGIN_DIR );
if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }
$r = activate_plugin( 'm4a-widgets/m4a-widgets.php' );
if ( is_wp_error( $r ) ) { fwrite( STDERR, $r->get_error_message() ); exit( 1 ); }
`;
}

/** Logs in through wp-login.php. */
export async function logIn(page: Page, wp: RunningWordPress, who: { user: string; password: string }): Promise<void> {
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', who.user);
  await page.fill('#user_pass', who.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
}
