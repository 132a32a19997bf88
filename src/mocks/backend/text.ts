/** Lower-case, accent-free form for matching searches ("nunez" finds "Núñez"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** Whether a searched text contains the query, accents and case aside. */
export function matchesQuery(text: string, foldedQuery: string): boolean {
  return foldedQuery === '' || fold(text).includes(foldedQuery);
}

/** A boolean query parameter: absent → undefined; anything but true/false is refused by the caller. */
export function readBoolean(value: string | null): boolean | undefined | 'invalid' {
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return 'invalid';
}
