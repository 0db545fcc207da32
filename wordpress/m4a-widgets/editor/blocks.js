/**
 * The blocks in the editor: each widget's options in the sidebar (the embed builder's options, from widgets.json,
 * passed with translated labels as window.m4aWidgetsEditor by includes/assets.php) and the real widget as the
 * preview. Saved content is the block comment only: the page is rendered by PHP.
 *
 * A classic script using WordPress's globals, unminified, with no build step.
 *
 * @license GPL-2.0-or-later
 */
(function (wp, data) {
  'use strict';
  if (!wp || !data) {
    return;
  }
  const el = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { CheckboxControl, Notice, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const format = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

  /** The element's attributes, defaults left out, as includes/render.php writes them. */
  function elementProps(widget, attributes) {
    const props = {};
    for (const option of widget.options) {
      const value = attributes[option.attr];
      if (option.kind === 'choice' && value && value !== option.initial) props[option.attr] = value;
      if (option.kind === 'text' && typeof value === 'string' && value.trim()) props[option.attr] = value.trim();
      if (option.kind === 'flag' && value === true) props[option.attr] = '';
      if (option.kind === 'many' && Array.isArray(value) && value.length) {
        props[option.attr] = Object.keys(option.values)
          .filter((v) => value.includes(v))
          .join(',');
      }
    }
    for (const option of widget.options) {
      if (option.pairedWith && !props[option.pairedWith]) delete props[option.attr];
    }
    if (data.theme !== 'light') props.theme = data.theme;
    return props;
  }

  function control(widget, option, attributes, setAttributes) {
    const value = attributes[option.attr];
    const set = (v) => setAttributes({ [option.attr]: v });
    const common = { key: option.attr, label: option.label, help: option.hint };
    switch (option.kind) {
      case 'choice':
        return el(SelectControl, {
          ...common,
          value,
          options: Object.entries(option.values).map(([v, label]) => ({ value: v, label })),
          onChange: set,
        });
      case 'text':
        return el(TextControl, {
          ...common,
          value: value || '',
          maxLength: option.maxLength,
          inputMode: option.inputMode,
          type: option.inputMode === 'url' ? 'url' : 'text',
          onChange: set,
        });
      case 'flag':
        return el(ToggleControl, { ...common, checked: value === true, onChange: set });
      case 'many':
        return el(
          'fieldset',
          { key: option.attr, className: 'm4a-widgets-many' },
          el('legend', null, option.label),
          option.hint && el('p', { className: 'components-base-control__help' }, option.hint),
          Object.entries(option.values).map(([v, label]) =>
            el(CheckboxControl, {
              key: v,
              label,
              checked: (value || []).includes(v),
              onChange: (on) => set(on ? [...(value || []), v] : (value || []).filter((x) => x !== v)),
            }),
          ),
        );
    }
    return null;
  }

  /** What the builder would flag: no data source for a widget that needs one, or one that can't serve it. */
  function problems(widget, attributes) {
    const out = [];
    if (widget.needsBackend && !widget.backends.includes(data.backendType)) {
      const text = data.backendType === 'none' ? data.labels.needsBackend : data.labels.cannot;
      out.push(format(text, { widget: widget.title, backend: data.backendName }) + ' ' + data.labels.settings);
    }
    for (const option of widget.options) {
      const mine = typeof attributes[option.attr] === 'string' && attributes[option.attr].trim();
      const other = option.pairedWith && attributes[option.pairedWith];
      if (option.pairedWith && mine && !(typeof other === 'string' && other.trim())) {
        const partner = widget.options.find((o) => o.attr === option.pairedWith);
        out.push(format(data.labels.paired, { other: partner ? partner.label : option.pairedWith }));
      }
    }
    return out;
  }

  for (const widget of data.widgets) {
    wp.blocks.registerBlockType(widget.block, {
      edit({ attributes, setAttributes }) {
        const blockProps = useBlockProps();
        return el(
          'div',
          blockProps,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: data.labels.options, initialOpen: true },
              widget.options.map((o) => control(widget, o, attributes, setAttributes)),
            ),
          ),
          problems(widget, attributes).map((text) =>
            el(Notice, { key: text, status: 'warning', isDismissible: false }, text),
          ),
          el(widget.tag, elementProps(widget, attributes)),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.m4aWidgetsEditor);
