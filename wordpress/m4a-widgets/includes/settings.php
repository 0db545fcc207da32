<?php
/**
 * Settings → Medicare for All widgets (manage_options): the backend, default language, colour scheme and how the
 * script is loaded. Saved through the Settings API (its nonce and capability check), checked by
 * m4a_widgets_check_settings(); a refused value is reported and the stored one kept.
 *
 * @package m4a-widgets
 */

defined( 'ABSPATH' ) || exit;

function m4a_widgets_admin_menu(): void {
	add_options_page(
		__( 'Medicare for All widgets', 'm4a-widgets' ),
		__( 'Medicare for All widgets', 'm4a-widgets' ),
		'manage_options',
		'm4a-widgets',
		'm4a_widgets_settings_page'
	);
}

function m4a_widgets_register_settings(): void {
	register_setting(
		'm4a_widgets',
		M4A_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'default'           => M4A_WIDGETS_DEFAULTS,
			'sanitize_callback' => 'm4a_widgets_sanitize_settings',
		)
	);
	add_settings_section( 'm4a_widgets_backend', m4a_widgets_label( 'backend.legend' ), '__return_null', 'm4a-widgets' );
	add_settings_section( 'm4a_widgets_look', __( 'Language and look', 'm4a-widgets' ), '__return_null', 'm4a-widgets' );
	$fields = array(
		'backend_type'    => array( 'm4a_widgets_backend', m4a_widgets_label( 'backend.legend' ) ),
		'backend_url'     => array( 'm4a_widgets_backend', __( 'Address (REST API or JSON folder)', 'm4a-widgets' ) ),
		'organization_id' => array( 'm4a_widgets_backend', m4a_widgets_label( 'field.backend.organizationId' ) ),
		'lang'            => array( 'm4a_widgets_look', m4a_widgets_label( 'lang.legend' ) ),
		'theme'           => array( 'm4a_widgets_look', m4a_widgets_label( 'theme.legend' ) ),
		'loader'          => array( 'm4a_widgets_look', __( 'Script', 'm4a-widgets' ) ),
	);
	foreach ( $fields as $key => [ $section, $title ] ) {
		$args = array( 'key' => $key );
		if ( 'backend_type' !== $key ) {
			$args['label_for'] = 'm4a-widgets-' . str_replace( '_', '-', $key );
		}
		add_settings_field( $key, $title, 'm4a_widgets_field', 'm4a-widgets', $section, $args );
	}
}

/** Field labels for error messages, so each message names what to fix. */
function m4a_widgets_field_label( string $field ): string {
	return match ( $field ) {
		'backend_url' => __( 'Address (REST API or JSON folder)', 'm4a-widgets' ),
		'organization_id' => m4a_widgets_label( 'field.backend.organizationId' ),
		'lang' => m4a_widgets_label( 'lang.legend' ),
		'theme' => m4a_widgets_label( 'theme.legend' ),
		'loader' => __( 'Script', 'm4a-widgets' ),
		default => m4a_widgets_label( 'backend.legend' ),
	};
}

/**
 * @param mixed $input The submitted option (already unslashed by options.php).
 * @return array<string, string>
 */
function m4a_widgets_sanitize_settings( $input ): array {
	$clean = static function ( $value, $key ): string {
		if ( ! is_scalar( $value ) ) {
			return '';
		}
		// sanitize_text_field() would drop a URL's %-escapes; the address is only ever printed as JSON.
		return 'backend_url' === $key ? trim( preg_replace( '/[\x00-\x20]+/', '', wp_strip_all_tags( (string) $value ) ) ) : sanitize_text_field( (string) $value );
	};
	$values = array();
	foreach ( is_array( $input ) ? $input : array() as $key => $value ) {
		$values[ $key ] = $clean( $value, $key );
	}
	$input  = $values;
	$result = m4a_widgets_check_settings( $input, m4a_widgets_settings(), m4a_widgets_allowed() );
	$known  = wp_list_pluck( get_settings_errors( M4A_WIDGETS_OPTION ), 'code' );
	foreach ( $result['errors'] as $error ) {
		$code = 'm4a-widgets-' . $error['field'];
		if ( in_array( $code, $known, true ) ) {
			continue;
		}
		$message = sprintf(
			/* translators: 1: the field's label, 2: what is wrong, 3: the value entered */
			__( '%1$s: %2$s (you entered “%3$s”). The previous setting is kept.', 'm4a-widgets' ),
			m4a_widgets_field_label( $error['field'] ),
			// phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText -- the messages of includes/config.php, in the .po.
			__( $error['message'], 'm4a-widgets' ),
			$input[ $error['field'] ] ?? ''
		);
		add_settings_error( M4A_WIDGETS_OPTION, $code, esc_html( $message ), 'error' );
	}
	return $result['values'];
}

/** @param array{key: string} $args */
function m4a_widgets_field( array $args ): void {
	$key      = $args['key'];
	$settings = m4a_widgets_settings();
	$name     = M4A_WIDGETS_OPTION . '[' . $key . ']';
	$id       = 'm4a-widgets-' . str_replace( '_', '-', $key );
	$hint     = static fn( string $text ) => printf( '<p class="description">%s</p>', esc_html( $text ) );
	switch ( $key ) {
		case 'backend_type':
			echo '<fieldset>';
			foreach ( m4a_widgets_allowed()['backend_type'] as $type ) {
				printf(
					'<p><label><input type="radio" name="%s" value="%s"%s> %s</label><br><span class="description">%s</span></p>',
					esc_attr( $name ),
					esc_attr( $type ),
					checked( $settings['backend_type'], $type, false ),
					esc_html( m4a_widgets_label( 'backend.' . $type ) ),
					esc_html( m4a_widgets_label( 'backend.' . $type . '.hint' ) )
				);
			}
			echo '</fieldset>';
			break;
		case 'backend_url':
		case 'organization_id':
			printf(
				'<input type="text" class="regular-text" id="%s" name="%s" value="%s" inputmode="%s" spellcheck="false">',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $settings[ $key ] ),
				'backend_url' === $key ? 'url' : 'numeric'
			);
			if ( 'backend_url' === $key ) {
				$hint( m4a_widgets_label( 'field.backend.url.rest.hint' ) );
				$hint( m4a_widgets_label( 'field.backend.url.static.hint' ) );
			} else {
				$hint( m4a_widgets_label( 'field.backend.organizationId.hint' ) );
			}
			break;
		default:
			$choices = match ( $key ) {
				'lang' => m4a_widgets_allowed()['lang'],
				'theme' => m4a_widgets_allowed()['theme'],
				default => M4A_WIDGETS_LOADERS,
			};
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( $choices as $choice ) {
				$label = 'loader' === $key ? m4a_widgets_loader_label( $choice ) : m4a_widgets_label( $key . '.' . $choice );
				printf( '<option value="%s"%s>%s</option>', esc_attr( $choice ), selected( $settings[ $key ], $choice, false ), esc_html( $label ) );
			}
			echo '</select>';
			if ( 'lang' === $key ) {
				$hint( m4a_widgets_label( 'lang.auto.hint' ) );
			} elseif ( 'loader' === $key ) {
				$hint( __( 'Choose the single file if an optimisation plugin that combines or delays scripts stops the widgets from appearing.', 'm4a-widgets' ) );
			}
	}
}

function m4a_widgets_loader_label( string $loader ): string {
	return 'classic' === $loader
		? __( 'One classic file with every widget', 'm4a-widgets' )
		: __( 'ES module, each widget’s code fetched only where it is used (recommended)', 'm4a-widgets' );
}

function m4a_widgets_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	printf(
		'<p>%s</p>',
		esc_html__( 'Used by every Medicare for All widget block and shortcode on this site.', 'm4a-widgets' )
	);
	echo '<form action="options.php" method="post">';
	settings_fields( 'm4a_widgets' );
	do_settings_sections( 'm4a-widgets' );
	submit_button();
	echo '</form></div>';
}
