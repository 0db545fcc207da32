<?php
/**
 * Plugin Name:       Medicare for All widgets
 * Description:       The m4a-widgets web components as blocks and shortcodes: program explainer, coverage FAQ, volunteer signup, event list and representative lookup.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            m4a-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       m4a-widgets
 * Domain Path:       /languages
 *
 * This plugin's PHP and editor code are GPL-2.0-or-later. The widgets' script files under assets/ are the MIT-licensed
 * m4a-widgets drop-in (a GPL-compatible license); their sources are in the *.map files beside them.
 *
 * @package m4a-widgets
 */

defined( 'ABSPATH' ) || exit;

const M4A_WIDGETS_VERSION = '0.1.0';
const M4A_WIDGETS_FILE    = __FILE__;
const M4A_WIDGETS_OPTION  = 'm4a_widgets_settings';

require_once __DIR__ . '/includes/config.php';
require_once __DIR__ . '/includes/model.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';

register_activation_hook( __FILE__, 'm4a_widgets_activate' );
add_action( 'init', 'm4a_widgets_load_textdomain', 1 );
add_action( 'init', 'm4a_widgets_register' );
add_action( 'enqueue_block_editor_assets', 'm4a_widgets_editor_assets' );
add_filter( 'script_loader_tag', 'm4a_widgets_script_tag', 10, 2 );
add_filter( 'wp_script_attributes', 'm4a_widgets_script_attributes' );
add_action( 'admin_menu', 'm4a_widgets_admin_menu' );
add_action( 'admin_init', 'm4a_widgets_register_settings' );

/**
 * Stores the defaults once, so that the first save goes through update_option() (add_option() would run the
 * sanitize callback a second time and report each problem twice).
 */
function m4a_widgets_activate(): void {
	add_option( M4A_WIDGETS_OPTION, M4A_WIDGETS_DEFAULTS );
}

/** English is built in; every Spanish locale (es_ES, es_MX, es_US...) gets the one Spanish translation. */
function m4a_widgets_load_textdomain(): void {
	load_plugin_textdomain( 'm4a-widgets', false, dirname( plugin_basename( M4A_WIDGETS_FILE ) ) . '/languages' );
	if ( ! is_textdomain_loaded( 'm4a-widgets' ) && str_starts_with( determine_locale(), 'es_' ) ) {
		load_textdomain( 'm4a-widgets', __DIR__ . '/languages/m4a-widgets-es_ES.mo' );
	}
}
