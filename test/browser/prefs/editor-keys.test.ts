import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ContactPrefsEditor } from '../../../src/components/contact-prefs-editor/contact-prefs-editor.js';
import { setKitLocale } from '../../../src/components/shared/localization.js';
import { formatPhone } from '../../../src/domain/contact-values.js';
import { shadowLabels, visibleShadowTexts } from '../fixtures/dom.js';
import { $, $$, box, button, fixtures, mountEditor, useMockBackend } from './prefs-harness.js';

useMockBackend();

const { household } = fixtures;
const phone = formatPhone(household.phone);
const focusedName = (el: ContactPrefsEditor) => el.shadowRoot!.activeElement?.getAttribute('aria-label');
/** The focused button's words, or where focus went instead (compared as text: a failing match of two elements prints them whole). */
const focusedButton = (el: ContactPrefsEditor) => {
  const inside = el.shadowRoot!.activeElement;
  return inside instanceof HTMLButtonElement ? inside.textContent!.trim() : `not a button: ${(inside ?? document.activeElement)?.localName}`;
};

/**
 * Narrow cells whose reason (drawn before the switches) has less room than its longest word
 * before the first switch on the same line: the name would run under the checkbox.
 */
function squeezedReasons(el: ContactPrefsEditor): string[] {
  const measure = document.createElement('canvas').getContext('2d')!;
  return $$<HTMLTableCellElement>(el, 'td[data-reason]').flatMap((cell) => {
    const firstSwitch = cell.querySelector('.switch');
    if (!firstSwitch) return [];
    const style = getComputedStyle(cell, '::before');
    measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const longestWord = Math.max(...cell.dataset['reason']!.split(/\s+/).map((word) => measure.measureText(word).width));
    const cellBox = cell.getBoundingClientRect();
    const switchBox = firstSwitch.getBoundingClientRect();
    const contentTop = cellBox.top + parseFloat(getComputedStyle(cell).paddingBlockStart);
    const sameLine = switchBox.top - contentTop < parseFloat(style.lineHeight) / 2;
    const room = switchBox.left - (cellBox.left + parseFloat(getComputedStyle(cell).paddingInlineStart));
    return sameLine && room < longestWord ? [`${cell.dataset['reason']}: ${room.toFixed(0)} px for ${longestWord.toFixed(0)} px`] : [];
  });
}

describe('<contact-prefs-editor> keyboard, layout, language', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await setKitLocale('en');
  });

  it('Tab reaches every switch; arrows move like a grid; Space toggles', async () => {
    const el = await mountEditor(household.guardianId);
    box(el, `Emergency — household phone ${phone} — voice call`).focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el)).to.equal(`Emergency — household phone ${phone} — text message`);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedName(el)).to.equal(`Attendance — household phone ${phone} — voice call`);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedName(el)).to.equal(`Emergency — household phone ${phone} — text message`);
    // Down from a phone's text switch to the email row: the same reason, its only channel.
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedName(el)).to.equal(`Emergency — email ${household.sharedEmail} — email message`);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedName(el)).to.match(/^Emergency — cell phone .+ — voice call$/);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedName(el)).to.equal(`Emergency — email ${household.sharedEmail} — email message`);
    await sendKeys({ press: 'End' });
    expect(focusedName(el)).to.equal(`Priority — email ${household.sharedEmail} — email message`);
    await sendKeys({ press: 'Home' });
    expect(focusedName(el)).to.equal(`Emergency — email ${household.sharedEmail} — email message`);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(focusedName(el)).to.match(/^Priority — cell phone .+ — text message$/);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(focusedName(el)).to.equal(`Emergency — household phone ${phone} — voice call`);
    const before = box(el, `Emergency — household phone ${phone} — voice call`).checked;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el, `Emergency — household phone ${phone} — voice call`).checked).to.equal(!before);
    expect(el.dirty).to.equal(true);
  });

  it('mirrors Left and Right in right-to-left', async () => {
    const el = await mountEditor(household.guardianId);
    el.dir = 'rtl';
    box(el, `Attendance — household phone ${phone} — voice call`).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedName(el)).to.equal(`Attendance — household phone ${phone} — text message`);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedName(el)).to.equal(`Attendance — household phone ${phone} — voice call`);
  });

  it('Space on an unavailable text switch changes nothing', async () => {
    const el = await mountEditor(household.guardianId);
    box(el, `Attendance — household phone ${phone} — text message`).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el, `Attendance — household phone ${phone} — text message`).checked).to.equal(false);
    expect(el.dirty).to.equal(false);
  });

  it('reflows into one block per method at 320 px, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountEditor(household.guardianId);
    el.style.display = 'block';
    el.style.inlineSize = '100%';
    await el.updateComplete;
    expect(getComputedStyle($(el, 'thead')!).display).to.equal('none');
    // Each cell names its reason when the column headers are gone.
    expect(getComputedStyle($(el, 'td[data-reason]')!, '::before').content).to.equal('"Emergency"');
    const scroller = $(el, '.grid-scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  for (const locale of ['en', 'es'] as const) {
    it(`on a 320 px phone no reason's name is squeezed under its switches (${locale})`, async () => {
      await setKitLocale(locale);
      await setViewport({ width: 320, height: 640 });
      const el = await mountEditor(household.guardianId);
      // A page's margins leave the element less than the screen's width.
      el.style.display = 'block';
      el.style.inlineSize = '272px';
      await el.updateComplete;
      expect(squeezedReasons(el)).to.deep.equal([]);
      expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(272);
    });
  }

  it('axe finds nothing with pending changes, the method form and a conflict-free save', async () => {
    const el = await mountEditor(fixtures.admin, household.guardianId);
    box(el, `General — household phone ${phone} — voice call`).click();
    await el.updateComplete;
    ($$(el, 'button').find((b) => b.textContent!.trim() === 'Add a contact method') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '.household')).to.exist;
    expect($(el, '.method-form')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    await setKitLocale('es');
    const el = await mountEditor(household.guardianId);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Asistencia').and.include('Guardar');
    expect(box(el, `Asistencia — teléfono del hogar ${phone} — llamada de voz`)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('every word it shows or names comes through msg() (pseudo-locale), data aside', async () => {
    await setKitLocale('en-XA');
    const el = await mountEditor(household.guardianId);
    // The household phone's first switch: the household note and the summary show too.
    $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!.click();
    await el.updateComplete;
    expect($(el, '.household')).to.exist;
    const pseudo = /^[^A-Za-z]*[⟦⟧][^A-Za-z]*$/;
    const data = /^(\(\d{3}\) \d{3}-\d{4}|[\w.]+@[\w.]+|English|Español|Tiếng Việt|[A-Z][a-z]+ Anderson)$/;
    const strays = [...visibleShadowTexts(el), ...shadowLabels(el)].filter((text) => !pseudo.test(text) && !data.test(text));
    expect(strays.filter((text) => /[A-Za-z]/.test(text.replace(/\(\d{3}\) \d{3}-\d{4}|[\w.]+@[\w.]+|Anderson/g, '')))).to.deep.equal([]);
    expect(() => button(el, 'Save')).to.throw();
  });
  it('Escape leaves the method form, and focus goes back to the button that opened it', async () => {
    const el = await mountEditor(household.guardianId);
    button(el, 'Add a contact method').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '201' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    // Booleans, not elements: a failing match of two elements prints them whole.
    expect($(el, '.method-form') === null, 'the form is closed').to.equal(true);
    expect(focusedButton(el)).to.equal('Add a contact method');
    const change = $<HTMLButtonElement>(el, 'button[aria-label^="Change Cell phone"]')!;
    change.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.method-form') !== null, 'the form is open').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.method-form') === null, 'the form is closed').to.equal(true);
    expect(el.shadowRoot!.activeElement === $(el, 'button[aria-label^="Change Cell phone"]'), 'focus on that method\'s Change').to.equal(true);
    expect(el.dirty).to.equal(false);
  });

  it('keeps keyboard focus on Save while it saves and after, and on Cancel after cancelling', async () => {
    const el = await mountEditor(household.guardianId);
    const attendance = `Attendance — household phone ${phone} — voice call`;
    box(el, attendance).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    button(el, 'Save').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusedButton(el), 'while saving').to.equal('Save');
    await waitUntil(() => !el.dirty && $(el, '.save-status')!.textContent!.includes('Saved'), 'never saved', { timeout: 5000 });
    expect(focusedButton(el), 'after saving').to.equal('Save');
    // Nothing left to save: Enter again does nothing, and says so to assistive technology.
    expect(button(el, 'Save').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(el.dirty).to.equal(false);

    box(el, attendance).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    button(el, 'Cancel').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.dirty).to.equal(false);
    expect(focusedButton(el), 'after cancelling').to.equal('Cancel');
  });
});
