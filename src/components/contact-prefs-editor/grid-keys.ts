/*
 * Arrow-key movement between the grid's checkboxes, on top of Tab (every checkbox stays in the
 * Tab order, so nothing depends on these keys). Left/Right: the previous/next checkbox of the
 * row (mirrored in right-to-left). Up/Down: the same reason and channel in the row above/below,
 * else the same reason. Home/End: first/last checkbox of the row; with Ctrl, of the grid.
 */

const HANDLED = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

function boxesOf(grid: HTMLElement, row?: number): HTMLInputElement[] {
  const selector = row === undefined ? 'input[data-row]' : `input[data-row="${row}"]`;
  return [...grid.querySelectorAll<HTMLInputElement>(selector)];
}

function target(grid: HTMLElement, from: HTMLInputElement, key: string, ctrl: boolean, rtl: boolean): HTMLInputElement | undefined {
  const row = Number(from.dataset['row']);
  const inRow = boxesOf(grid, row);
  const index = inRow.indexOf(from);
  if (key === 'Home' || key === 'End') {
    const list = ctrl ? boxesOf(grid) : inRow;
    return key === 'Home' ? list[0] : list[list.length - 1];
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const forward = (key === 'ArrowRight') !== rtl;
    return inRow[index + (forward ? 1 : -1)];
  }
  const step = key === 'ArrowDown' ? 1 : -1;
  const rows = new Set(boxesOf(grid).map((box) => Number(box.dataset['row'])));
  for (let next = row + step; rows.size > 0 && next >= 0 && next <= Math.max(...rows); next += step) {
    const candidates = boxesOf(grid, next).filter((box) => box.dataset['column'] === from.dataset['column']);
    if (candidates.length === 0) continue;
    return candidates.find((box) => box.dataset['channel'] === from.dataset['channel']) ?? candidates[0];
  }
  return undefined;
}

/** Handles a keydown inside the grid; moves focus and returns true when the key was for it. */
export function handleGridKey(grid: HTMLElement, event: KeyboardEvent): boolean {
  const from = event.target;
  if (!(from instanceof HTMLInputElement) || from.dataset['row'] === undefined || !HANDLED.has(event.key)) return false;
  const rtl = getComputedStyle(grid).direction === 'rtl';
  const next = target(grid, from, event.key, event.ctrlKey || event.metaKey, rtl);
  event.preventDefault();
  next?.focus();
  return true;
}
