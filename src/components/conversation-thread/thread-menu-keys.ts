/** What the menu's keys act on. */
export interface MenuKeysTarget {
  readonly renderRoot: HTMLElement | ShadowRoot | DocumentFragment;
  readonly menuOpen: boolean;
  /** Opens (focusing the first item) or closes the menu. */
  toggleMenu(open: boolean): void;
  /** Closes the menu without moving focus. */
  closeMenu(): void;
}

/**
 * The keys of the thread's menu button and menu, after the WAI-ARIA menu button pattern:
 * ArrowDown/ArrowUp on the button open it; in the menu they move between items (wrapping),
 * Home/End go to the first/last item, Escape closes it and returns to the button, and Tab
 * closes it and moves on.
 */
export function onMenuKeydown(event: KeyboardEvent, target: MenuKeysTarget): void {
  const root = target.renderRoot;
  const items = [...root.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const button = root.querySelector<HTMLElement>('.menu-button');
  const active = 'activeElement' in root ? root.activeElement : null;
  const at = items.indexOf(active as HTMLElement);
  const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
  if (!target.menuOpen) {
    if (event.target === button && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      target.toggleMenu(true);
    }
    return;
  }
  const moves: Record<string, (() => void) | undefined> = {
    ArrowDown: () => focus(at + 1),
    ArrowUp: () => focus(at - 1),
    Home: () => focus(0),
    End: () => focus(items.length - 1),
    Escape: () => {
      target.closeMenu();
      button?.focus();
    },
  };
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    move();
  } else if (event.key === 'Tab') {
    target.closeMenu();
  }
}
