/**
 * A time-series chart drawn by uPlot (canvas; ~50 kB, no dependencies) from the same numbers as the table beside
 * it. The canvas is hidden from assistive technology: the table is the accessible form of the chart.
 */
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import uPlot from 'uplot';

/** Colour-blind-safe (Okabe–Ito) lines, in order. */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];

export interface ChartData {
  /** Periods as YYYY-MM-DD (UTC days or ISO week starts). */
  periods: string[];
  series: { label: string; values: number[] }[];
}

export class M4aConsoleChart extends LitElement {
  @property({ attribute: false }) data: ChartData = { periods: [], series: [] };
  private plot: uPlot | undefined;
  private readonly resize = new ResizeObserver(() => this.plot?.setSize(this.size()));

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }

  protected override render() {
    return html`<div class="chart" aria-hidden="true"></div>`;
  }

  private size() {
    return { width: Math.max(260, this.clientWidth), height: 220 };
  }

  protected override updated(): void {
    this.plot?.destroy();
    const target = this.querySelector<HTMLElement>('.chart')!;
    const xs = this.data.periods.map((p) => Date.parse(`${p}T00:00:00Z`) / 1000);
    const options: uPlot.Options = {
      ...this.size(),
      scales: { x: { time: true } },
      legend: { show: true },
      series: [
        {},
        ...this.data.series.map((s, i) => ({
          label: s.label,
          stroke: COLOURS[i % COLOURS.length]!,
          width: 2,
          points: { show: true },
        })),
      ],
      axes: [{}, { size: 50 }],
    };
    this.plot = new uPlot(options, [xs, ...this.data.series.map((s) => s.values)], target);
  }
}

customElements.define('m4a-console-chart', M4aConsoleChart);

declare global {
  interface HTMLElementTagNameMap {
    'm4a-console-chart': M4aConsoleChart;
  }
}
