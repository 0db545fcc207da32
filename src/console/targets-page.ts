/**
 * Local targets: the partner's own officials (mayor, alders, county board), which the rep lookup shows after state
 * legislators. Organizers and owners add, edit, remove and reorder them in a working copy, checked entry by entry
 * with the shared schema, and save the whole list at once (the API's contract: `PUT /api/console/targets`); a viewer,
 * or anyone on a server whose list comes from M4A_TARGETS_FILE, sees it read-only (the API refuses their writes
 * anyway). The list is exported and imported as the same JSON a static site or M4A_TARGETS_FILE reads.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  ConsoleTargetList,
  LocalTarget,
  LocalTargetList,
  parseLocalTargets,
  type LocalizedText,
  type TargetProblem,
} from '../shared/schemas/targets.js';
import { ApiFailure, request } from './api.js';
import { fieldErrors, FormErrors, type FieldProblem } from './field-errors.js';
import { formatDate, type Key } from './i18n.js';
import { ConsolePage, errorText, tableBox } from './page.js';
import {
  asFields,
  byEntry,
  TARGET_FORM,
  targetFieldLabel,
  targetFieldOf,
  targetForm,
  targetFromForm,
  type CoverageKind,
} from './target-form.js';

export class M4aConsoleTargets extends ConsolePage {
  @state() private targets: LocalTarget[] = [];
  @state() private updatedAt: string | undefined;
  @state() private readOnly = false;
  @state() private loaded = false;
  @state() private dirty = false;
  @state() private editing: number | 'new' | undefined;
  @state() private kind: CoverageKind | undefined;
  /** The last check of the whole list (the browser's before saving, or the server's 422), by entry. */
  @state() private problems: ReadonlyMap<number, FieldProblem[]> = new Map();
  /** The browser's check of the open form, whose values are not in the list yet. */
  @state() private formProblems: FieldProblem[] = [];
  @state() private importProblems: TargetProblem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get canEdit(): boolean {
    return this.loaded && !this.readOnly && this.user.role !== 'viewer';
  }

  private async load() {
    const list = await this.attempt(() => request(ConsoleTargetList, 'GET', '/targets'));
    if (list) this.show(list.targets, list.updatedAt, list.readOnly);
    this.loaded = true;
  }

  private show(targets: LocalTarget[], updatedAt: string | undefined, readOnly = this.readOnly) {
    this.targets = targets;
    this.updatedAt = updatedAt;
    this.readOnly = readOnly;
    this.dirty = false;
    this.editing = undefined;
    this.problems = new Map();
    this.formProblems = [];
    this.importProblems = [];
  }

  protected override render() {
    const t = this.t;
    const edit = this.canEdit;
    return html`${this.heading(t('targets.title'))}
      <p>${t('targets.intro')}</p>
      ${this.readOnly ? html`<p class="notice">${t('targets.readOnly')}</p>` : nothing}
      ${!this.readOnly && this.user.role === 'viewer' ? html`<p class="notice">${t('targets.viewerOnly')}</p>` : nothing}
      ${this.updatedAt ? html`<p>${t('targets.updated', { date: formatDate(this.language, this.updatedAt) })}</p>` : nothing}
      ${this.dirty ? html`<p class="notice">${t('targets.unsaved')}</p>` : nothing}
      ${edit ? html`<p><button type="button" id="tg-add" @click=${() => this.edit('new')}>${t('targets.add')}</button></p>` : nothing}
      ${edit && this.editing !== undefined ? this.form(this.editing) : nothing}
      ${this.loaded ? this.list(edit) : nothing}
      ${
        edit
          ? html`<p class="actions"><button type="button" @click=${this.save}>${t('targets.save')}</button>
          ${this.dirty ? html`<button type="button" @click=${this.load}>${t('targets.discard')}</button>` : nothing}</p>`
          : nothing
      }
      <h2>${t('targets.json')}</h2>
      <p class="hint">${t(edit ? 'targets.jsonHint' : 'targets.jsonHintRead')}</p>
      <p class="actions"><button type="button" @click=${this.exportJson}>${t('targets.export')}</button>
        ${
          edit
            ? html`<label class="file">${t('targets.import')}
            <input type="file" accept="application/json,.json" @change=${this.importFile} /></label>`
            : nothing
        }</p>
      ${this.importProblems.length ? this.importReport() : nothing}`;
  }

  private form(editing: number | 'new') {
    const index = editing === 'new' ? this.targets.length : editing;
    const errors = new FormErrors(
      TARGET_FORM.prefix,
      fieldErrors(
        this.t,
        TARGET_FORM.scope,
        this.formProblems.length ? this.formProblems : (this.problems.get(index) ?? []),
        targetFieldOf,
      ),
    );
    return targetForm(this.t, editing === 'new' ? undefined : this.targets[editing], errors, this.kind, {
      submit: (e) => void this.keep(e, index),
      cancel: () => void this.edit(undefined),
      coverage: (kind) => (this.kind = kind),
    });
  }

  private text(value: LocalizedText | undefined): string {
    return typeof value === 'string' ? value : ((this.language === 'es' ? value?.es : undefined) ?? value?.en ?? '');
  }

  private coverage(target: LocalTarget): string {
    const t = this.t;
    const c = target.coverage;
    if (c?.zips) return t('targets.coversZips', { zips: c.zips.join(', ') });
    if (c?.districts) {
      const zips = Object.keys(c.zipToDistrict ?? {}).length;
      return t('targets.coversDistricts', { districts: c.districts.join(', '), zips });
    }
    return t('targets.coversEveryone');
  }

  private stance(target: LocalTarget) {
    const s = target.stance;
    if (!s) return this.t('targets.position.none');
    const label = this.text(s.label) || this.t(`targets.position.${s.position}`);
    const source = s.source?.url ? html`<a href=${s.source.url}>${s.source.name}</a>` : s.source?.name;
    return html`${label}${source ? html`<br />${this.t('targets.source')} ${source}` : nothing}
      <br />${this.t('targets.asOf', { date: formatDate(this.language, s.asOf, false) })}`;
  }

  private list(edit: boolean) {
    const t = this.t;
    if (!this.targets.length) return html`<p>${t('targets.none')}</p>`;
    const last = this.targets.length - 1;
    return tableBox(
      t('targets.title'),
      html`<table>
        <thead><tr><th scope="col">${t('targets.field.name')}</th><th scope="col">${t('targets.field.title')}</th>
          <th scope="col">${t('targets.field.level')}</th><th scope="col">${t('targets.field.coverage')}</th>
          <th scope="col">${t('targets.stance')}</th>${edit ? html`<th scope="col">${t('targets.actions')}</th>` : nothing}</tr></thead>
        <tbody>${this.targets.map(
          (target, i) => html`<tr>
          <th scope="row">${target.name}${
            this.problems.has(i) ? html`<p class="field-error">${t('targets.entryProblem')}</p>` : nothing
          }</th>
          <td>${this.text(target.title)}</td><td>${t(`targets.level.${target.level}` as Key)}</td>
          <td>${this.coverage(target)}</td><td>${this.stance(target)}</td>
          ${
            edit
              ? html`<td class="row-actions">
            <button type="button" @click=${() => this.edit(i)}>${t('targets.edit', { name: target.name })}</button>
            ${i > 0 ? html`<button type="button" id="tg-up-${i}" @click=${() => this.move(i, -1)}>${t('targets.up', { name: target.name })}</button>` : nothing}
            ${i < last ? html`<button type="button" id="tg-down-${i}" @click=${() => this.move(i, 1)}>${t('targets.down', { name: target.name })}</button>` : nothing}
            <button type="button" @click=${() => this.removeEntry(i)}>${t('targets.remove', { name: target.name })}</button></td>`
              : nothing
          }</tr>`,
        )}</tbody></table>`,
    );
  }

  private importReport() {
    const t = this.t;
    return html`<div class="error-summary" role="alert"><h3>${t('targets.importRefused')}</h3><ul>
      ${this.importProblems.map((p) => {
        if (p.index < 0) return html`<li>${t('targets.importNotList')}</li>`;
        const [error] = fieldErrors(t, TARGET_FORM.scope, [p], (path) => targetFieldOf(path) ?? 'entry');
        const entry = t('targets.entry', { n: p.index + 1, id: p.id ?? '?' });
        return html`<li>${entry}: ${error?.field === 'entry' ? t('targets.wholeEntry') : targetFieldLabel(t, error?.field ?? '')} — ${error?.message}</li>`;
      })}</ul></div>`;
  }

  private async edit(editing: number | 'new' | undefined) {
    this.editing = editing;
    this.kind = undefined;
    this.formProblems = [];
    await this.updateComplete;
    this.querySelector<HTMLElement>(editing === undefined ? '#tg-add' : `#${TARGET_FORM.prefix}-id`)?.focus();
  }

  /** Checks the form's entry with the schema (and that its id is its own), then puts it in the working copy. */
  private async keep(ev: SubmitEvent, index: number) {
    ev.preventDefault();
    const parsed = LocalTarget.safeParse(targetFromForm(ev.target as HTMLFormElement));
    const problems: FieldProblem[] = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
    if (parsed.success && this.targets.some((other, i) => i !== index && other.id === parsed.data.id)) {
      problems.push({ path: 'id', message: 'The id is taken', code: 'duplicate' });
    }
    if (!parsed.success || problems.length) {
      this.formProblems = problems;
      await this.updateComplete;
      new FormErrors(TARGET_FORM.prefix, fieldErrors(this.t, TARGET_FORM.scope, problems, targetFieldOf)).focusFirst(
        this,
      );
      return;
    }
    this.targets = this.targets.toSpliced(index, 1, parsed.data);
    this.problems = new Map([...this.problems].filter(([i]) => i !== index));
    this.dirty = true;
    this.status = this.t('targets.kept', { name: parsed.data.name });
    await this.edit(undefined);
  }

  /** A reordered or shortened working copy: entry indexes moved, so the last check's marks no longer apply. */
  private changed(targets: LocalTarget[]) {
    this.targets = targets;
    this.dirty = true;
    this.problems = new Map();
    this.editing = undefined;
  }

  private async move(index: number, by: -1 | 1) {
    const list = [...this.targets];
    const [target] = list.splice(index, 1);
    list.splice(index + by, 0, target!);
    this.changed(list);
    this.status = this.t('targets.moved', { name: target!.name, n: index + by + 1, count: list.length });
    await this.updateComplete;
    // The same button again, or its twin once the target reached the top or the bottom.
    const [same, twin] = by < 0 ? ['up', 'down'] : ['down', 'up'];
    const to = index + by;
    (
      this.querySelector<HTMLElement>(`#tg-${same}-${to}`) ?? this.querySelector<HTMLElement>(`#tg-${twin}-${to}`)
    )?.focus();
  }

  private async removeEntry(index: number) {
    const target = this.targets[index]!;
    this.changed(this.targets.toSpliced(index, 1));
    this.status = this.t('targets.removed', { name: target.name });
    await this.updateComplete;
    this.querySelector<HTMLElement>('#tg-add')?.focus();
  }

  /** Saves the whole list; the server's problems (422) are shown on their entries, the first one opened. */
  private save = async () => {
    this.error = '';
    const checked = parseLocalTargets(this.targets);
    try {
      if (checked.problems.length) throw new ApiFailure(422, 'invalid_targets', '', asFields(checked.problems));
      const saved = await request(LocalTargetList, 'PUT', '/targets', { targets: this.targets });
      this.show(saved.targets, saved.updatedAt);
      this.status = this.t('targets.saved', { count: saved.targets.length });
    } catch (err) {
      const problems = err instanceof ApiFailure && err.status === 422 ? byEntry(err.fields) : new Map();
      if (err instanceof ApiFailure && err.code === 'targets_from_file') this.readOnly = true;
      this.error = problems.size ? this.t('targets.notSaved') : errorText(this.t, err);
      this.problems = problems;
      const first = [...problems.keys()].sort((a, b) => a - b)[0];
      if (first !== undefined) {
        this.editing = first;
        this.kind = undefined;
        await this.updateComplete;
        const fields = fieldErrors(this.t, TARGET_FORM.scope, problems.get(first)!, targetFieldOf);
        new FormErrors(TARGET_FORM.prefix, fields).focusFirst(this);
      }
    }
  };

  private exportJson = () => {
    const body = `${JSON.stringify({ targets: this.targets }, null, 2)}\n`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    link.download = 'targets.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    this.status = this.t('targets.exported', { count: this.targets.length });
  };

  /** An imported list replaces the working copy only when every entry is valid; otherwise each problem is named. */
  private importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      raw = undefined;
    }
    const { targets, problems } = parseLocalTargets(raw);
    this.importProblems = problems;
    if (problems.length) return;
    this.show(targets, this.updatedAt);
    this.dirty = true;
    this.status = this.t('targets.imported', { count: targets.length });
  };
}
customElements.define('m4a-console-targets', M4aConsoleTargets);
