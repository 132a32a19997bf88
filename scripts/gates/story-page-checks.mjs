// Functions evaluated inside a story's page by the stories gate (they must not close over
// anything: Playwright serializes them).

/** Every text node and readable attribute under the story root, through shadow roots. */
export function collectTexts() {
  const READABLE = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];
  const texts = [];
  // Text inside <time> came from the browser's date formatting; text inside story-* elements
  // is the stories' own scaffolding, not the kit; text under translate="no" (code, a person's
  // own input) is meant to stay as written. Hidden text (visibility: hidden) is neither seen nor read.
  const visit = (node, inTime, scaffold) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const visible = parent?.checkVisibility({ visibilityProperty: true }) ?? true;
      const verbatim = parent?.closest('[translate="no"]') !== null && parent !== null;
      if (node.data.trim()) texts.push({ text: node.data, intl: inTime, scaffold, visible, verbatim });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      for (const name of READABLE) {
        const value = node.getAttribute(name);
        if (value?.trim()) texts.push({ text: value, intl: false, scaffold, visible: true, verbatim: node.closest('[translate="no"]') !== null, attribute: name });
      }
      if (node.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(node.type) && node.value) {
        texts.push({ text: node.value, intl: false, scaffold, visible: true });
      }
    }
    const inside = inTime || (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'TIME');
    const ours = scaffold || (node.nodeType === Node.ELEMENT_NODE && node.localName.startsWith('story-'));
    if (node.shadowRoot) visit(node.shadowRoot, inside, ours);
    for (const child of node.childNodes) visit(child, inside, ours);
  };
  visit(document.querySelector('#storybook-root'), false, false);
  return texts;
}

/**
 * Pseudo-locale pass: plain ASCII words on screen that neither the pseudo-locale nor the
 * browser's own date/number/list formatting (which falls back to English) produced.
 */
export function findUntranslated(collectTextsSource) {
  const frame = document.querySelector('.story-frame');
  if (frame?.getAttribute('data-locale') !== 'en-XA') return { skipped: true, words: [] };
  const collect = new Function(`return (${collectTextsSource})()`);
  const intlWords = new Set();
  const add = (text) => { for (const w of text.match(/[A-Za-z]{2,}/g) ?? []) intlWords.add(w); };
  for (let month = 0; month < 12; month++) {
    for (const style of ['long', 'short', 'narrow']) add(new Intl.DateTimeFormat('en', { month: style }).format(new Date(2026, month, 1)));
  }
  for (let day = 0; day < 7; day++) {
    for (const style of ['long', 'short', 'narrow']) add(new Intl.DateTimeFormat('en', { weekday: style }).format(new Date(2026, 0, 4 + day)));
  }
  for (const hour of [9, 15]) {
    const date = new Date(2026, 0, 1, hour, 5);
    for (const options of [{ dateStyle: 'full', timeStyle: 'long' }, { dateStyle: 'long', timeStyle: 'short' }, { hour: 'numeric', dayPeriod: 'long' }, { timeZoneName: 'short' }, { timeZoneName: 'long' }]) {
      add(new Intl.DateTimeFormat('en', options).format(date));
    }
  }
  for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year']) {
    for (const value of [-2, -1, 0, 1, 2]) for (const numeric of ['auto', 'always']) add(new Intl.RelativeTimeFormat('en', { numeric }).format(value, unit));
  }
  for (const type of ['conjunction', 'disjunction', 'unit']) add(new Intl.ListFormat('en', { type }).format(['1', '2', '3']));
  for (const unit of ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'percent']) for (const unitDisplay of ['short', 'long', 'narrow']) add(new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay }).format(2));
  add(new Intl.NumberFormat('en', { notation: 'compact' }).format(2_500_000) + new Intl.NumberFormat('en', { notation: 'compact' }).format(2_500));
  const words = [];
  // Language names come from Intl.DisplayNames, which falls back to English too.
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const a of 'abcdefghijklmnopqrstuvwxyz') for (const b of 'abcdefghijklmnopqrstuvwxyz') {
    try { add(names.of(a + b) ?? ''); } catch { /* not a language code */ }
  }
  const MIME_TYPE = /^[a-z]+\/[\w.+-]+$/;
  for (const { text, intl, scaffold, visible, verbatim } of collect()) {
    // A MIME type is data, shown as the file has it.
    if (intl || scaffold || verbatim || !visible || MIME_TYPE.test(text.trim())) continue;
    for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) {
      if (!intlWords.has(word)) words.push(`"${word}" in "${text.trim().slice(0, 80)}"`);
    }
  }
  return { skipped: false, words: [...new Set(words)] };
}

/** Hostile-text pass: what executed or was injected, and which payloads show verbatim. */
export function inspectHostile({ payloads, collectTextsSource }) {
  const collect = new Function(`return (${collectTextsSource})()`);
  const problems = [];
  if (window.pwned !== undefined) problems.push(`a payload ran: window.pwned = ${String(window.pwned)}`);
  const SAFE_LINK = /^(https?|mailto|tel|blob):$/;
  const visit = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.tagName.toLowerCase();
      for (const attribute of node.getAttributeNames()) {
        if (attribute.startsWith('on')) problems.push(`<${tag} ${attribute}> was injected`);
      }
      if (['script', 'base', 'meta', 'object', 'embed'].includes(tag)) problems.push(`<${tag}> was injected`);
      if (tag === 'iframe' && /^\s*(javascript|data):/i.test(node.getAttribute('src') ?? '')) problems.push('an <iframe> with a script URL');
      if (tag === 'img' && node.getAttribute('src') === 'x') problems.push('an <img src=x> was injected');
      if (tag === 'a' && node.hasAttribute('href') && !SAFE_LINK.test(new URL(node.href, location.href).protocol)) problems.push(`a link to ${node.getAttribute('href').slice(0, 40)}`);
      if (tag === 'style' && /display\s*:\s*none\}/.test(node.textContent ?? '')) problems.push('a <style> was injected');
    }
    if (node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(document.querySelector('#storybook-root'));
  const texts = collect().map((t) => t.text);
  const shown = payloads.map((payload, index) => (texts.some((text) => text.includes(payload)) ? index : -1)).filter((i) => i >= 0);
  return { problems, shown };
}

/**
 * Forced colors (run with forced colors emulated): text the user cannot read. Where the
 * browser forces colors it paints a backplate of the Canvas color behind text, so text whose
 * own color is Canvas vanishes; where an element opts out (`forced-color-adjust: none`) its text
 * must differ from the background it sits on.
 */
export function findTextLostInForcedColors() {
  const probe = document.createElement('span');
  probe.style.color = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).color;
  probe.remove();
  const backgroundOf = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const color = getComputedStyle(node).backgroundColor;
      if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
    }
    return canvas;
  };
  const lost = new Set();
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
      // Words only assistive technology gets (a 1 × 1 px visually hidden box) are not painted.
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) return;
      const style = getComputedStyle(parent);
      const against = style.forcedColorAdjust === 'auto' ? canvas : backgroundOf(parent);
      if (style.color === against) lost.add(`"${node.data.trim().slice(0, 40)}" in <${parent.localName} class="${parent.className}">: ${style.color} on ${against}`);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
    if (node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(document.querySelector('#storybook-root'));
  return [...lost];
}
