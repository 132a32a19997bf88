// The floor for the prefs-grid benchmark: the same grids as plain markup, one string per grid
// parsed by the browser in one go, in a shadow root with a style sheet of the same shape as the
// element's. No framework, no state, no event handling: nothing an editor could do cheaper.
import { channelsOffered } from '../../src/domain/preference-rules.js';
import type { ContactPreferences } from '../../src/domain/types.js';
import { CONTACT_REASONS } from '../../src/domain/vocabulary.js';

const REASON_WORDS = ['Emergency', 'Attendance', 'Behavior', 'Staff', 'General', 'Food Service', 'Priority', 'Teacher'];
const CHANNEL_WORDS = { voice: 'Voice call', text: 'Text message', email: 'Email' } as const;

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: 16px system-ui, sans-serif; }
  .scroller { content-visibility: auto; contain-intrinsic-size: auto 30rem; overflow-x: auto; }
  table { border-collapse: collapse; inline-size: 100%; min-inline-size: 52rem; }
  th, td { padding: 0.5rem; border-block-end: 1px solid #767676; text-align: start; vertical-align: top; }
  .type { display: block; font-weight: 600; }
  label { display: inline-flex; align-items: center; gap: 0.25rem; min-block-size: 2.75rem; margin-inline-end: 0.5rem; }
  input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; }
  button { min-block-size: 2.75rem; }
`);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function markup(answer: ContactPreferences): string {
  const on = new Set(answer.preferences.filter((cell) => cell.enabled).map((cell) => `${cell.methodId}|${cell.reason}|${cell.channel}`));
  const head = REASON_WORDS.map((words) => `<th scope="col">${words}</th>`).join('');
  const rows = answer.methods.map((method) => {
    const value = escapeText(method.value);
    const cells = CONTACT_REASONS.map((reason, column) => {
      const switches = channelsOffered(method.type).map((channel) => {
        const checked = on.has(`${method.id}|${reason}|${channel}`) ? ' checked' : '';
        const name = `${REASON_WORDS[column]} — ${method.type} ${value} — ${CHANNEL_WORDS[channel]}`;
        return `<label><input type="checkbox" aria-label="${name}"${checked}>${CHANNEL_WORDS[channel]}</label>`;
      });
      return `<td>${switches.join('')}</td>`;
    }).join('');
    return `<tr><th scope="row"><span class="type">${method.type}</span><bdi>${value}</bdi></th>${cells}<td><button type="button">Change</button> <button type="button">Remove</button></td></tr>`;
  }).join('');
  return `<h3>${escapeText(answer.person?.displayName ?? '')}</h3><div class="scroller"><table><caption>Which messages go to which contact method</caption><thead><tr><th scope="col">Contact method</th>${head}<th scope="col">Actions</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** One person's grid as plain markup in a shadow root of its own, like an editor's. */
export function plainGrid(answer: ContactPreferences): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  const template = document.createElement('template');
  template.innerHTML = markup(answer);
  root.append(template.content);
  return host;
}
