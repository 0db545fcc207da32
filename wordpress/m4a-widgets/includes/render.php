<?php
/**
 * One element from a block's or a shortcode's values: every value checked against the builder's option (allowed
 * choices, length, boolean, listed types), every attribute escaped, defaults left out as the builder leaves them.
 *
 * @package m4a-widgets
 */

defined( 'ABSPATH' ) || exit;

const M4A_WIDGETS_TRUE = array( '1', 'true', 'yes', 'on' );

/**
 * The element's attributes for raw values (a block's attributes, or a shortcode's).
 *
 * @param array<string, mixed> $widget One entry of widgets.json.
 * @param array<string, mixed> $raw    Values by attribute name.
 * @return array<string, string|true>
 */
function m4a_widgets_attributes( array $widget, array $raw ): array {
	$out = array();
	foreach ( $widget['options'] as $option ) {
		$name  = $option['attr'];
		$value = $raw[ $name ] ?? null;
		switch ( $option['kind'] ) {
			case 'choice':
				if ( is_string( $value ) && $value !== $option['initial'] && isset( $option['values'][ $value ] ) ) {
					$out[ $name ] = $value;
				}
				break;
			case 'text':
				$text = is_scalar( $value ) ? sanitize_text_field( (string) $value ) : '';
				if ( 'url' === ( $option['inputMode'] ?? '' ) ) {
					$text = esc_url_raw( $text, array( 'http', 'https' ) );
				}
				$text = mb_substr( $text, 0, $option['maxLength'] );
				if ( '' !== $text ) {
					$out[ $name ] = $text;
				}
				break;
			case 'flag':
				if ( true === $value || ( is_string( $value ) && in_array( strtolower( $value ), M4A_WIDGETS_TRUE, true ) ) ) {
					$out[ $name ] = true;
				}
				break;
			case 'many':
				$chosen = is_array( $value ) ? $value : explode( ',', is_string( $value ) ? $value : '' );
				$chosen = array_map( static fn( $v ): string => is_string( $v ) ? strtolower( trim( $v ) ) : '', $chosen );
				// In the builder's order, as its snippet writes them.
				$listed = array_values( array_intersect( array_keys( $option['values'] ), $chosen ) );
				if ( $listed ) {
					$out[ $name ] = implode( ',', $listed );
				}
				break;
		}
	}
	// The builder refuses one of a pair without the other (a button text without its link); so does the page.
	foreach ( $widget['options'] as $option ) {
		if ( isset( $option['pairedWith'] ) && ! isset( $out[ $option['pairedWith'] ] ) ) {
			unset( $out[ $option['attr'] ] );
		}
	}
	$theme = m4a_widgets_settings()['theme'];
	if ( 'light' !== $theme ) {
		$out['theme'] = $theme;
	}
	return $out;
}

/**
 * The element's HTML; also asks for the loader and the page config on this page.
 *
 * @param array<string, mixed>       $widget  One entry of widgets.json.
 * @param array<string, string|true> $attrs   From m4a_widgets_attributes().
 * @param string                     $wrapper Attributes WordPress adds to a block (already escaped).
 */
function m4a_widgets_element( array $widget, array $attrs, string $wrapper = '' ): string {
	m4a_widgets_used();
	$html = '';
	foreach ( $attrs as $name => $value ) {
		$html .= true === $value ? ' ' . esc_attr( $name ) : sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
	}
	$tag = $widget['tag'];
	return sprintf( '<%1$s%2$s%3$s></%1$s>', tag_escape( $tag ), $wrapper ? ' ' . $wrapper : '', $html );
}

/**
 * A shortcode's values: `name="value"`, or a flag alone (`[m4a_rep_lookup no-location]`).
 *
 * @param array<string, mixed>     $widget One entry of widgets.json.
 * @param array<int|string, mixed> $atts   As WordPress parsed them (names lower-cased).
 */
function m4a_widgets_shortcode( array $widget, $atts ): string {
	$raw = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$raw[ strtolower( (string) $value ) ] = 'true';
		} else {
			$raw[ $key ] = $value;
		}
	}
	return m4a_widgets_element( $widget, m4a_widgets_attributes( $widget, $raw ) );
}
