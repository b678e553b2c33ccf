/** Limits on what a plan file may be; real plans are a few kilobytes, a few levels deep. */
export const LIMITS = {
  /** File size in bytes. */
  fileBytes: 5 * 1024 * 1024,
  /** Nesting of mappings and lists (a plan needs about 8). */
  depth: 64,
  /** Characters in one text value. */
  stringLength: 20_000,
} as const;
