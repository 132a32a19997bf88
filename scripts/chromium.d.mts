/** Flags that keep a headless Chromium quiet on machines without a route to the internet. */
export declare const chromiumArgs: string[];
/** Path of the Chrome or Chromium to drive: CHROME_PATH wins, then the usual install places. */
export declare function chromiumPath(): string;
