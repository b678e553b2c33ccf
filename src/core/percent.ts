// The one way a percentage is rounded, in every command and format.
//
// The rule: a share of two whole amounts (cents) is rounded to the nearest step (a whole percent, or
// one decimal), a tie rounded away from zero (0,5% reads 1%, -0,5% reads -1%, as a council document
// rounds by hand; JavaScript's Math.round would give -0 for -0,5), and a result of zero is always 0,
// never -0, so no format prints "-0%". The arithmetic is on whole numbers, so a tie is a tie exactly.

/**
 * `part` as a percentage of `whole`, rounded to `decimals` decimals by the rule above; null when
 * `whole` is zero, of which no share can be taken. Both are whole numbers (cents).
 */
export function roundedPercent(part: number, whole: number, decimals = 0): number | null {
  if (whole === 0) return null;
  const negative = part < 0 !== whole < 0 && part !== 0;
  const scale = 10 ** decimals;
  const numerator = Math.abs(part) * 100 * scale;
  const denominator = Math.abs(whole);
  let steps = Math.floor(numerator / denominator);
  // The remainder decides the rounding: half or more rounds away from zero.
  if (2 * (numerator - steps * denominator) >= denominator) steps++;
  if (steps === 0) return 0;
  return (negative ? -steps : steps) / scale;
}
