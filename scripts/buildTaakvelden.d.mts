/** The folder with the lists and their provenance. */
export declare const dataDir: URL;
/** The module the script writes. */
export declare const outputFile: URL;
/** The shapes a taakveld code has had. */
export declare const codePattern: RegExp;
/** The SHA-256 of bytes, as hex. */
export declare function sha256(bytes: Uint8Array | string): string;
/** The data the module is made of, read and checked from a folder. */
export declare function readTaakveldData(dir?: URL): {
  checkedThrough: number;
  checkedThroughBasis: string;
  versions: {
    version: string;
    firstYear: number;
    lastYear: number | null;
    source: Record<string, string | null>;
    taakvelden: Record<string, string>;
  }[];
  successors: { year: number; code: string; codes: string[]; reason: string }[];
};
/** The module's text for the data. */
export declare function taakveldModule(data: ReturnType<typeof readTaakveldData>): string;
