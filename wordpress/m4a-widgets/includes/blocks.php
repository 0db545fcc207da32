<?php
/**
 * The five blocks (rendered on the server, so saved posts hold only block comments) and the five shortcodes.
 *
 * @package m4a-widgets
 */

defined( 'ABSPATH' ) || exit;

function m4a_widgets_register(): void {
	$dir = dirname( __DIR__ );
	wp_register_script(
		'm4a-widgets-editor',
		plugins_url( 'editor/blocks.js', M4A_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
		M4A_WIDGETS_VERSION,
		false
	);
	foreach ( m4a_widgets_widgets() as $widget ) {
		register_block_type(
			$dir . '/blocks/' . substr( $widget['tag'], strlen( 'm4a-' ) ),
			array(
				'render_callback' => static fn( array $attributes ): string => m4a_widgets_element(
					$widget,
					m4a_widgets_attributes( $widget, $attributes ),
					get_block_wrapper_attributes()
				),
			)
		);
		add_shortcode( $widget['shortcode'], static fn( $atts ): string => m4a_widgets_shortcode( $widget, $atts ) );
	}
}
