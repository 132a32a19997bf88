export declare const PSEUDO_OPEN: string;
export declare const PSEUDO_CLOSE: string;
export declare function pseudoText(text: string): string;
export declare function pseudoXliffContent(content: string): string;
export declare function fillPseudoTargets(xliff: string): string;
