// Types of scripts/buildValidator.mjs, for the test that checks the generated validator.
import type { Options } from 'ajv';
/** The schema the validator is made from. */
export declare const schemaFile: URL;
/** Where the validator is written. */
export declare const outputFile: URL;
/** The ajv options, the same at build time and in the test's runtime-compiled validator. */
export declare const ajvOptions: Options;
/** The SHA-256 of the schema file's bytes, as hex. */
export declare function schemaHash(bytes?: Uint8Array): string;
/** The validator's module text for a schema file's bytes. */
export declare function validatorModule(bytes: Buffer): string;
