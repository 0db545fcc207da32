<?php
/**
 * Loading: the drop-in files shipped in assets/, enqueued only once a widget is rendered on the page; the page
 * config printed beside them. WordPress 6.5+ gets a script module; older versions a classic script tag turned into
 * `type="module"`; the "classic" setting loads the single-file build instead, for optimisers that break modules.
 *
 * @package m4a-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Tells the common optimisation plugins to leave the script alone (Cloudflare Rocket Loader, LiteSpeed Cache). */
const M4A_WIDGETS_OPTIMISER_OPT_OUT = array(
	'data-cfasync'      => 'false',
	'data-no-optimize'  => '1',
	'data-no-minify'    => '1',
	'data-no-defer'     => '1',
);

function m4a_widgets_asset( string $file ): string {
	return plugins_url( 'assets/' . $file, M4A_WIDGETS_FILE );
}

/**
 * Enqueues the loader and the page config the first time a widget is rendered (blocks and shortcodes call it). In
 * classic themes that is during the content, after wp_head, so both go in the footer.
 *
 * @param bool $classic_api Use wp_enqueue_script() even where script modules exist (the editor, see below).
 */
function m4a_widgets_used( bool $classic_api = false ): void {
	static $done = false;
	if ( $done || wp_is_json_request() ) {
		return;
	}
	$done   = true;
	$loader = m4a_widgets_settings()['loader'];
	if ( 'classic' === $loader ) {
		wp_enqueue_script( 'm4a-widgets', m4a_widgets_asset( 'm4a-widgets.iife.js' ), array(), M4A_WIDGETS_VERSION, true );
	} elseif ( function_exists( 'wp_enqueue_script_module' ) && ! $classic_api ) {
		wp_enqueue_script_module( 'm4a-widgets', m4a_widgets_asset( 'm4a-widgets.js' ), array(), M4A_WIDGETS_VERSION );
	} else {
		wp_enqueue_script( 'm4a-widgets', m4a_widgets_asset( 'm4a-widgets.js' ), array(), M4A_WIDGETS_VERSION, true );
	}
	add_action( is_admin() ? 'admin_print_footer_scripts' : 'wp_footer', 'm4a_widgets_print_config', 1 );
}

function m4a_widgets_print_config(): void {
	$config = m4a_widgets_page_config( m4a_widgets_settings() );
	if ( ! $config ) {
		return;
	}
	// JSON_HEX_TAG: no "</script>" can end the block early.
	$json = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES );
	printf( '<script type="application/json" id="m4a-config">%s</script>' . "\n", $json ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON with < > & escaped.
}

/**
 * The classic script tag (WordPress before 6.5, and the editor): `type="module"` for the ES build, `defer` for the
 * classic one, and the optimisers' opt-out attributes.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle Its script handle.
 */
function m4a_widgets_script_tag( string $tag, string $handle ): string {
	if ( 'm4a-widgets' !== $handle ) {
		return $tag;
	}
	$module = ! str_contains( $tag, 'm4a-widgets.iife.js' );
	$attrs  = $module ? ' type="module"' : ' defer';
	foreach ( M4A_WIDGETS_OPTIMISER_OPT_OUT as $name => $value ) {
		$attrs .= sprintf( ' %s="%s"', $name, $value );
	}
	// A theme without HTML5 script support gets type="text/javascript", which would win over type="module".
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag, 1 );
	return preg_replace( '/<script(?=[\s>])/', '<script' . $attrs, $tag, 1 );
}

/**
 * The same opt-out on the script module's tag (WordPress 6.5+ prints it with wp_print_script_tag()).
 *
 * @param array<string, mixed> $attributes The tag's attributes.
 */
function m4a_widgets_script_attributes( $attributes ) {
	if ( is_array( $attributes ) && 'm4a-widgets-js-module' === ( $attributes['id'] ?? '' ) ) {
		$attributes = array_merge( $attributes, M4A_WIDGETS_OPTIMISER_OPT_OUT );
	}
	return $attributes;
}

/**
 * The editor: its data (the builder's options, translated labels, the configured backend) and the widgets' own
 * loader and config, so each block's preview is the real widget. The editor gets the classic script tag: script
 * modules are not printed on admin screens before WordPress 6.7.
 */
function m4a_widgets_editor_assets(): void {
	$settings = m4a_widgets_settings();
	$widgets  = array_map(
		static function ( array $widget ): array {
			// phpcs:disable WordPress.WP.I18n.NonSingularStringLiteralText -- the builder's labels, listed in the .po by the build.
			$widget['title'] = __( $widget['title'], 'm4a-widgets' );
			foreach ( $widget['options'] as &$option ) {
				$option['label'] = __( $option['label'], 'm4a-widgets' );
				if ( isset( $option['hint'] ) ) {
					$option['hint'] = __( $option['hint'], 'm4a-widgets' );
				}
				foreach ( $option['values'] ?? array() as $value => $label ) {
					$option['values'][ $value ] = __( $label, 'm4a-widgets' );
				}
			}
			// phpcs:enable
			return $widget;
		},
		m4a_widgets_widgets()
	);
	$data = array(
		'widgets'     => $widgets,
		'backendType' => $settings['backend_type'],
		'theme'       => $settings['theme'],
		'backendName' => m4a_widgets_label( 'backend.' . $settings['backend_type'] ),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=m4a-widgets' ) : '',
		'labels'      => array(
			'needsBackend' => m4a_widgets_label( 'problem.needs-backend' ),
			'cannot'       => m4a_widgets_label( 'problem.cannot' ),
			'paired'       => m4a_widgets_label( 'problem.paired' ),
			'settings'     => __( 'Settings → Medicare for All widgets', 'm4a-widgets' ),
			'options'      => __( 'Options', 'm4a-widgets' ),
		),
	);
	wp_add_inline_script( 'm4a-widgets-editor', 'window.m4aWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	m4a_widgets_used( true );
}
