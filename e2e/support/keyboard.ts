import type { Locator, Page } from 'playwright-core';

/**
 * What the focused element looks like to someone at the keyboard, read in the page right after a
 * key press. `null` when nothing has focus (the body).
 */
export interface FocusSeen {
  /** Tag, name and classes, for messages. */
  what: string;
  /** The control, or what draws it (a chip's label for its hidden radio), is on screen with some size. */
  onScreen: boolean;
  /** The middle of what is seen is not covered (by the sticky header, a banner). */
  uncovered: boolean;
  /** It matches :focus-visible (the browser's own "this focus came from the keyboard"). */
  focusVisible: boolean;
  /** Outline, shadow, border, background or underline of what is seen differs from the same element unfocused. */
  indicator: string | null;
  /** After the element focused before this one in document order (null: no earlier one to compare with, or it is gone). */
  forward: boolean | null;
  /** Inside the open modal dialog, if one is open (null: none is open). */
  inOpenDialog: boolean | null;
}

declare global {
  interface Window {
    __lastFocused?: Element | null;
  }
}

/** Reads the focused element (and how it differs from itself unfocused) in the page. */
export function focusSeen(page: Page): Promise<FocusSeen | null> {
  return page.evaluate(async () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const name = (e: Element) => (e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const what = `<${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> “${name(el)}”`;

    // A radio or checkbox drawn by its label shows its focus there (a chip's span, the label itself).
    const parts: Element[] = [el];
    const label = el.closest('label') ?? (el as HTMLInputElement).labels?.[0] ?? null;
    if (el.nextElementSibling && label?.contains(el.nextElementSibling)) parts.push(el.nextElementSibling);
    if (label) parts.push(label);
    const seen = parts.find((p) => {
      const r = p.getBoundingClientRect();
      return r.width >= 4 && r.height >= 4 && p.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    });
    let onScreen = false;
    let uncovered = false;
    if (seen) {
      const r = seen.getBoundingClientRect();
      const cx = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
      const cy = Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 1);
      onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.top + r.height / 2 >= 0 && r.top + r.height / 2 <= innerHeight;
      const top = document.elementFromPoint(cx, cy);
      uncovered = !!top && parts.some((p) => p === top || p.contains(top) || top.contains(p));
    }

    const style = (p: Element) => {
      const s = getComputedStyle(p);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'no outline';
      return [outline, `shadow ${s.boxShadow}`, `border ${s.borderTopColor} ${s.borderTopWidth}`, `background ${s.backgroundColor}`, `underline ${s.textDecorationLine} ${s.textDecorationThickness}`];
    };
    const settled = () =>
      Promise.race([
        Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))),
        new Promise((r) => setTimeout(r, 400)),
      ]);
    await settled();
    const focused = parts.map(style);
    const focusVisible = el.matches(':focus-visible');
    el.blur();
    await settled();
    const plain = parts.map(style);
    el.focus({ preventScroll: true });
    await settled();
    let indicator: string | null = null;
    focused.forEach((f, i) => f.forEach((line, j) => {
      if (!indicator && line !== plain[i]![j]) indicator = `${line} (unfocused: ${plain[i]![j]})`;
    }));

    const before = window.__lastFocused;
    const forward = before && before !== el && before.isConnected ? Boolean(before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
    window.__lastFocused = el;
    const dialog = document.querySelector('dialog[open]');
    return { what, onScreen, uncovered, focusVisible, indicator, forward, inOpenDialog: dialog ? dialog.contains(el) : null };
  });
}

/** Every way a focus can fail someone at the keyboard, as readable lines (empty: all is well). */
export function focusProblems(seen: FocusSeen | null, direction: 'forward' | 'backward' = 'forward'): string[] {
  if (!seen) return ['nothing has focus'];
  const problems: string[] = [];
  if (!seen.onScreen) problems.push(`${seen.what} is not on screen`);
  else if (!seen.uncovered) problems.push(`${seen.what} is covered by something else`);
  if (!seen.focusVisible) problems.push(`${seen.what} does not match :focus-visible`);
  if (!seen.indicator) problems.push(`${seen.what} looks the same focused and unfocused`);
  if (seen.forward !== null && seen.forward !== (direction === 'forward')) problems.push(`${seen.what} came ${direction === 'forward' ? 'before' : 'after'} the last focus in document order`);
  if (seen.inOpenDialog === false) problems.push(`${seen.what} is outside the open dialog`);
  return problems;
}

/**
 * Presses Tab (or Shift+Tab) until `target` (or something inside it, e.g. the checked radio of a
 * group) has focus, at most `max` times, checking every stop on the way: on screen, uncovered,
 * visibly focused, in document order. Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, max: number, options: { backward?: boolean } = {}): Promise<number> {
  const key = options.backward ? 'Shift+Tab' : 'Tab';
  const path: string[] = [];
  for (let n = 1; n <= max; n += 1) {
    await page.keyboard.press(key);
    const seen = await focusSeen(page);
    path.push(seen?.what ?? '(nothing)');
    const problems = focusProblems(seen, options.backward ? 'backward' : 'forward');
    if (problems.length) throw new Error(`after ${n}× ${key}: ${problems.join('; ')}\npath: ${path.join(' → ')}`);
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return n;
  }
  throw new Error(`${max}× ${key} did not reach the control\npath: ${path.join(' → ')}`);
}

/** Forgets the last focus (for the order check): call after something moved focus on its own (a new screen). */
export async function forgetLastFocus(page: Page): Promise<void> {
  await page.evaluate(() => (window.__lastFocused = document.activeElement));
}

/** Whether `locator` (or something inside it) has focus now. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Presses an arrow key in a radio group until the radio named `name` is checked (at most `max`). */
export async function arrowToRadio(page: Page, group: Locator, name: string, max = 8): Promise<void> {
  const radio = group.getByRole('radio', { name, exact: true });
  for (let n = 0; n <= max; n += 1) {
    if (await radio.isChecked()) {
      if (!(await hasFocus(radio))) throw new Error(`“${name}” is checked but does not have focus`);
      const seen = await focusSeen(page);
      // Arrows move round the group (wrapping at its end): order is Tab's to keep, not theirs.
      const problems = focusProblems(seen && { ...seen, forward: null });
      if (problems.length) throw new Error(problems.join('; '));
      return;
    }
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`${max}× ArrowRight did not check “${name}”`);
}
