// What the language tests look for in a page: boxes clipped or sticking out of the window, and
// English a person would read where another language was asked for.
import type { Page } from 'playwright-core';

/**
 * Every rendered element whose content is cut off (overflow hidden or clip, or an ellipsis, with
 * more content than room) or that sticks out of the window sideways where nothing scrolls to it;
 * and the page itself scrolling sideways. Screen-reader-only text (.visually-hidden) is clipped
 * on purpose and left out.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const name = (el: Element): string => {
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} "${text}"`;
    };
    const scrolls = (el: Element): boolean => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        const { overflowX } = getComputedStyle(up);
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.visually-hidden, script, style, template')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      const cuts = (overflow: string): boolean => overflow === 'hidden' || overflow === 'clip';
      if (el instanceof HTMLElement && !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) {
        if ((cuts(style.overflowX) || style.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1) {
          found.push(`cut off sideways (${el.scrollWidth} > ${el.clientWidth} px): ${name(el)}`);
        }
        // Words wider than their box spill into what stands beside it.
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (ownText && !cuts(style.overflowX) && style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
          found.push(`text wider than its box (${el.scrollWidth} > ${el.clientWidth} px): ${name(el)}`);
        }
        if (cuts(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
          found.push(`cut off below (${el.scrollHeight} > ${el.clientHeight} px): ${name(el)}`);
      }
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || scrolls(el)) continue;
      if (box.right > width + 1 || box.left < -1)
        found.push(`outside the window (${Math.round(box.left)}–${Math.round(box.right)} of ${width} px): ${name(el)}`);
    }
    // A select shows its chosen option, an empty field its placeholder, cut off where they are too long.
    const measure = document.createElement('span');
    measure.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
    document.body.append(measure);
    for (const field of document.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input[placeholder]')) {
      if (!field.checkVisibility({ visibilityProperty: true }) || field.closest('.visually-hidden')) continue;
      const text = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value ? '' : field.placeholder;
      const style = getComputedStyle(field);
      measure.style.font = style.font;
      measure.textContent = text;
      // A select keeps about 20 px for its arrow.
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (field instanceof HTMLSelectElement ? 20 : 0);
      if (measure.getBoundingClientRect().width > room + 1)
        found.push(
          `cut off in its field (${Math.round(measure.getBoundingClientRect().width)} > ${Math.round(room)} px): ${name(field)} "${text.slice(0, 40)}"`,
        );
    }
    measure.remove();
    // Text that runs past the window's edge out of a box that lets it show.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('.visually-hidden, script, style, template') || scrolls(parent)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1))
        found.push(`text outside the window (${Math.round(box.left)}–${Math.round(box.right)} of ${width} px): ${name(parent)}`);
    }
    if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width} px)`);
    return found;
  });
}

/**
 * What a person can read or hear: the text of every rendered element (screen-reader-only text
 * included) and the labels, titles, placeholders and alternative texts that stand for words.
 */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || !text || parent.closest('script, style, template, textarea')) continue;
      const shown = parent.closest('.visually-hidden') ? parent.closest('[hidden]') === null : parent.checkVisibility({ visibilityProperty: true });
      if (shown) texts.push(text);
    }
    // Words a stylesheet writes before or after an element.
    for (const el of document.querySelectorAll('body *')) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content;
        const words = /^"(.*)"$/.exec(content)?.[1]?.trim();
        if (words) texts.push(words);
      }
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]')) {
      if (el.closest('[hidden]')) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** A catalogue's plain words: the text between its ICU placeholders and choices. */
function fragments(messages: Readonly<Record<string, string>>): string[] {
  return Object.values(messages)
    .flatMap((m) => m.split(/[{}]/))
    .map((f) => f.replace(/^[\s,.:;·()–-]+|[\s,.:;·()–-]+$/g, ''))
    .filter((f) => /[A-Za-z]{4,}/.test(f));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type EnglishCheck = Readonly<{
  english: Readonly<Record<string, string>>;
  translated: Readonly<Record<string, string>>;
  /** Japanese, Arabic: a phrase of Latin words is English unless it is a name. */
  latinIsForeign: boolean;
  /** Names that are the same in every language: places, services, works. */
  allowed: readonly string[];
}>;

/** Consecutive English word pairs of a fragment ("weather data", "data by"), lower case. */
function wordPairs(fragment: string): string[] {
  const words = fragment.toLowerCase().match(/[a-z][a-z’'-]*[a-z]/g) ?? [];
  return words.slice(1).flatMap((word, i) => {
    const before = words[i] ?? '';
    return before.length >= 4 || word.length >= 4 ? [`${before} ${word}`] : [];
  });
}

/**
 * The texts that still say something from the English catalogue: a phrase of it, two of its words
 * in a row, or a word of it the translation does not have (what the translation keeps, a brand or
 * the same word in that language, is not English left); and, where Latin letters are foreign, any
 * phrase of Latin words that is not an allowed name. Web addresses are left alone.
 */
export function englishLeft(texts: readonly string[], check: EnglishCheck): string[] {
  const kept = Object.values(check.translated).join('\n');
  const keptLower = kept.toLowerCase().replace(/\s+/g, ' ');
  const all = [...new Set(fragments(check.english))];
  // A word the translation keeps is a name or the same word there ("Wind"); a phrase it keeps is untranslated.
  const english = all.filter((f) => /\s/.test(f) || !kept.includes(f));
  const patterns = english.map((f) => new RegExp(`(^|[^A-Za-z])${escape(f)}($|[^A-Za-z])`));
  const pairs = [...new Set(all.flatMap(wordPairs))].filter((pair) => !keptLower.includes(pair));
  const pairPatterns = pairs.map((pair) => new RegExp(`(^|[^a-z])${escape(pair)}($|[^a-z])`));
  const names = [...check.allowed].sort((a, b) => b.length - a.length);
  return texts.filter((text) => {
    const rest = names.reduce((t, n) => t.split(n).join(' '), text).replace(/\bhttps?:\/\/\S+/g, ' ');
    const lower = rest.toLowerCase().replace(/\s+/g, ' ');
    if (patterns.some((p) => p.test(rest)) || pairPatterns.some((p) => p.test(lower))) return true;
    return check.latinIsForeign && /[A-Za-z]{3,}(?:[\s,’'-]+[A-Za-z]{2,})+/.test(rest);
  });
}
