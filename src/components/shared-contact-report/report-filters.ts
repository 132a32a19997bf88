import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { InconsistencyKind, SharedMethodKind } from '../../domain/types.js';
import { flagLabel } from './labels.js';

/** The report's filter controls' values. */
export interface FilterValues {
  search: string;
  kind: SharedMethodKind | undefined;
  flag: 'flagged' | 'unflagged' | InconsistencyKind | undefined;
  sort: 'accountCount' | 'value';
  order: 'asc' | 'desc';
}

/** One control's change. */
export type FilterChange = Partial<FilterValues>;

const FLAG_KINDS: readonly InconsistencyKind[] = ['possibleDuplicateGuardian', 'householdPhoneAcrossHouseholds', 'sharedAcrossUnrelated'];

const SORTS = ['accountCount-desc', 'accountCount-asc', 'value-asc', 'value-desc'] as const;

function sortLabel(sort: (typeof SORTS)[number]): string {
  switch (sort) {
    case 'accountCount-desc':
      return msg('Most accounts first');
    case 'accountCount-asc':
      return msg('Fewest accounts first');
    case 'value-asc':
      return msg('Value, A to Z');
    case 'value-desc':
      return msg('Value, Z to A');
  }
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** Search, type, flag and sort: native controls with visible labels, so they work with any input. */
export function renderFilters(values: FilterValues, onChange: (change: FilterChange) => void): TemplateResult {
  const sort = `${values.sort}-${values.order}`;
  return html`
    <form class="filters" part="filters" role="search" @submit=${(event: Event) => event.preventDefault()}>
      <label class="field field-search">
        <span class="field-label">${msg('Search')}</span>
        <input
          type="search"
          name="search"
          maxlength="200"
          autocomplete="off"
          placeholder=${msg('Number, email or name')}
          .value=${values.search}
          @input=${(event: Event) => onChange({ search: valueOf(event) })}
        />
      </label>
      <label class="field">
        <span class="field-label">${msg('Type')}</span>
        <select name="kind" @change=${(event: Event) => onChange({ kind: (valueOf(event) || undefined) as SharedMethodKind | undefined })}>
          <option value="" ?selected=${!values.kind}>${msg('Phones and emails')}</option>
          <option value="phone" ?selected=${values.kind === 'phone'}>${msg('Phones')}</option>
          <option value="email" ?selected=${values.kind === 'email'}>${msg('Emails')}</option>
        </select>
      </label>
      <label class="field">
        <span class="field-label">${msg('Flags')}</span>
        <select name="flag" @change=${(event: Event) => onChange({ flag: (valueOf(event) || undefined) as FilterValues['flag'] })}>
          <option value="" ?selected=${!values.flag}>${msg('All groups')}</option>
          <option value="flagged" ?selected=${values.flag === 'flagged'}>${msg('Flagged only')}</option>
          <option value="unflagged" ?selected=${values.flag === 'unflagged'}>${msg('Without flags')}</option>
          ${FLAG_KINDS.map((kind) => html`<option value=${kind} ?selected=${values.flag === kind}>${flagLabel(kind)}</option>`)}
        </select>
      </label>
      <label class="field">
        <span class="field-label">${msg('Sort by')}</span>
        <select
          name="sort"
          @change=${(event: Event) => {
            const [by, order] = valueOf(event).split('-') as [FilterValues['sort'], FilterValues['order']];
            onChange({ sort: by, order });
          }}
        >
          ${SORTS.map((option) => html`<option value=${option} ?selected=${sort === option}>${sortLabel(option)}</option>`)}
        </select>
      </label>
    </form>
  `;
}
