<?php
/**
 * Removes the plugin's one option, on every site of a network.
 *
 * @package m4a-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $m4a_widgets_site ) {
		switch_to_blog( $m4a_widgets_site );
		delete_option( 'm4a_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'm4a_widgets_settings' );
}
