<?php
/**
 * The settings as the page config the widgets read: defaults, the checks made on save, and the JSON printed as
 * `<script type="application/json" id="m4a-config">`. The checks mirror the page config's own
 * (src/backends/options.ts, applied to trimmed values as the embed builder does); test/wordpress compares them.
 * Plain PHP, no WordPress function but __(), so the comparison runs without a site.
 *
 * @package m4a-widgets
 */

defined( 'ABSPATH' ) || exit;

const M4A_WIDGETS_DEFAULTS = array(
	'backend_type'    => 'none',
	'backend_url'     => '',
	'organization_id' => '',
	'lang'            => 'auto',
	'theme'           => 'light',
	'loader'          => 'module',
);

/** How the widgets' script is loaded: the ES module (smallest pages) or the one classic file (for optimisers). */
const M4A_WIDGETS_LOADERS = array( 'module', 'classic' );

/**
 * EndpointUrl of src/backends/options.ts: not empty, and no javascript: or data: address.
 *
 * @param string $url Trimmed.
 * @return string|null The problem (English, translated by the caller), or null.
 */
function m4a_widgets_endpoint_problem( string $url ): ?string {
	if ( '' === $url ) {
		return 'Give the address of the backend';
	}
	if ( preg_match( '/^(javascript|data):/i', $url ) ) {
		return 'Only http(s) addresses are allowed';
	}
	return null;
}

/**
 * The Mobilize organizationId of src/backends/options.ts: digits only.
 *
 * @param string $id Trimmed.
 */
function m4a_widgets_organization_problem( string $id ): ?string {
	return preg_match( '/^\d+$/', $id ) ? null : 'The organization id must be a number, like 1234';
}

/**
 * Checks submitted settings. A refused backend keeps the previous backend whole (type and address), so a page never
 * gets a backend type without its address.
 *
 * @param array<string, mixed>  $input    Submitted values.
 * @param array<string, string> $previous The stored settings.
 * @param array<string, mixed>  $allowed  Allowed values: backend_type, lang, theme (lists).
 * @return array{values: array<string, string>, errors: list<array{field: string, message: string}>}
 */
function m4a_widgets_check_settings( array $input, array $previous, array $allowed ): array {
	$text   = static fn( string $key ): string => isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
	$values = array_merge( M4A_WIDGETS_DEFAULTS, $previous );
	$errors = array();
	$lists  = array(
		'lang'   => $allowed['lang'],
		'theme'  => $allowed['theme'],
		'loader' => M4A_WIDGETS_LOADERS,
	);
	foreach ( $lists as $key => $list ) {
		if ( in_array( $text( $key ), $list, true ) ) {
			$values[ $key ] = $text( $key );
		} else {
			$errors[] = array(
				'field'   => $key,
				'message' => 'Choose one of the listed values',
			);
		}
	}

	$type = $text( 'backend_type' );
	if ( ! in_array( $type, $allowed['backend_type'], true ) ) {
		$errors[] = array(
			'field'   => 'backend_type',
			'message' => 'Choose one of the listed values',
		);
		return compact( 'values', 'errors' );
	}
	$url     = $text( 'backend_url' );
	$id      = $text( 'organization_id' );
	$problem = match ( $type ) {
		'rest', 'static' => m4a_widgets_endpoint_problem( $url ),
		'mobilize' => m4a_widgets_organization_problem( $id ),
		default => null,
	};
	if ( null !== $problem ) {
		$errors[] = array(
			'field'   => 'mobilize' === $type ? 'organization_id' : 'backend_url',
			'message' => $problem,
		);
	} else {
		$values['backend_type']    = $type;
		$values['backend_url']     = $url;
		$values['organization_id'] = $id;
	}
	return compact( 'values', 'errors' );
}

/**
 * The page config for these settings, as the embed builder writes it (one backend named "main"); empty when nothing
 * needs saying.
 *
 * @param array<string, string> $settings Stored settings.
 * @return array<string, mixed>
 */
function m4a_widgets_page_config( array $settings ): array {
	$s      = array_merge( M4A_WIDGETS_DEFAULTS, $settings );
	$config = array();
	if ( 'auto' !== $s['lang'] ) {
		$config['lang'] = $s['lang'];
	}
	$backend = match ( $s['backend_type'] ) {
		'rest', 'static' => array(
			'type' => $s['backend_type'],
			'url'  => $s['backend_url'],
		),
		// A number where it is exactly one in JavaScript, as the builder writes it; else the digits as text.
		'mobilize' => array(
			'type'           => 'mobilize',
			'organizationId' => strlen( $s['organization_id'] ) < 16 ? (int) $s['organization_id'] : $s['organization_id'],
		),
		default => null,
	};
	if ( null !== $backend ) {
		$config['backends'] = array( 'main' => $backend );
	}
	return $config;
}
