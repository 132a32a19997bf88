import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SharedContactGroup } from '../../domain/types.js';
import { phoneText } from '../shared/phone-text.js';
import { checkIcon, emailIcon, flagIcon, phoneIcon } from './report-icons.js';
import { flagLabel, flagReason, kindLabel, methodTypeLabel, roleLabel, sharingLabel } from './labels.js';

/** What a row needs besides its group. */
export interface GroupRowContext {
  index: number;
  expanded: boolean;
  formatCount: (count: number) => string;
}

/**
 * One group of the report: a disclosure button with the shared value, its type, how many
 * accounts hold it and its flags (each an icon with words, never color alone); open, the
 * accounts and the reasons of the flags. Every piece of data is text in a `<bdi>`, so a name in
 * another script, or a hostile bidi override, cannot reorder what is around it. Clicks are
 * handled once, on the list, by the row's `data-index`.
 */
export function renderGroupRow(group: SharedContactGroup, { index, expanded, formatCount }: GroupRowContext): TemplateResult {
  const detailsId = `group-details-${index}`;
  const count = formatCount(group.accountCount);
  return html`
    <div class="group" role="listitem" part="group" data-index=${index}>
      <button
        type="button"
        class="group-toggle"
        part="group-toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${detailsId}
      >
        <span class="chevron" aria-hidden="true"></span>
        <span class="group-value">${sharedValue(group)}</span>
        <span class="group-kind">${group.kind === 'phone' ? phoneIcon : emailIcon}${kindLabel(group.kind)}</span>
        <span class="group-count">${group.accountCount === 1 ? msg('1 account') : msg(str`${count} accounts`)}</span>
        <span class="group-flags">
          ${group.flags.length === 0
            ? html`<span class="badge badge-ok">${checkIcon}${msg('No flags')}</span>`
            : uniqueKinds(group).map((kind) => html`<span class="badge badge-flag">${flagIcon}${flagLabel(kind)}</span>`)}
        </span>
      </button>
      <div id=${detailsId} class="group-details" part="group-details" ?hidden=${!expanded}>
        ${expanded ? renderDetails(group) : nothing}
      </div>
    </div>
  `;
  function renderDetails(g: SharedContactGroup): TemplateResult {
    return html`
      <p class="sharing">
        <span class="detail-label">${msg('Explanation:')}</span>
        ${g.sharing.map(sharingLabel).join(' · ')}
      </p>
      ${g.flags.length
        ? html`<ul class="reasons">
            ${g.flags.map((flag) => html`<li>${flagIcon}<span><strong>${flagLabel(flag.kind)}.</strong> ${flagReason(flag, g, formatCount)}</span></li>`)}
          </ul>`
        : nothing}
      <ul class="accounts" aria-label=${msg('Accounts')}>
        ${g.accounts.map(
          (account) => html`<li class="account">
            <span class="account-name"><bdi>${account.person.displayName}</bdi></span>
            <span class="account-meta">${roleLabel(account.person.role)} · ${methodTypeLabel(account.methodType)}</span>
            ${account.students.length
              ? html`<span class="account-students"
                  >${msg('Linked students:')}
                  ${account.students.map((student, i) => html`${i ? ', ' : ''}<bdi>${student.displayName}</bdi>`)}</span
                >`
              : nothing}
          </li>`,
        )}
      </ul>
    `;
  }
}

// Numbers read as the other elements show them; the export keeps E.164, which a spreadsheet can
// sort and match.
function sharedValue(group: SharedContactGroup): TemplateResult {
  return group.kind === 'phone' ? phoneText(group.value) : html`<bdi>${group.value}</bdi>`;
}

function uniqueKinds(group: SharedContactGroup) {
  return [...new Set(group.flags.map((flag) => flag.kind))];
}
