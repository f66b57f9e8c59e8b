const BINS = 2048;

/** Histogram quantile of |values| over [0, range]; exact enough for noise scales and far cheaper than sorting. */
export function absoluteQuantile(values: Float32Array, level: number, range = 1): number {
  const histogram = new Uint32Array(BINS);
  const scale = (BINS - 1) / range;
  for (let i = 0; i < values.length; i++) {
    const magnitude = Math.abs(values[i]!);
    histogram[magnitude >= range ? BINS - 1 : Math.floor(magnitude * scale)]!++;
  }
  const rank = level * (values.length - 1);
  let seen = 0;
  for (let bin = 0; bin < BINS; bin++) {
    seen += histogram[bin]!;
    if (seen > rank) return (bin + 0.5) / scale;
  }
  return range;
}

/** Robust standard deviation of zero-centred residuals (1.4826 x median absolute value). */
export function robustSigma(residuals: Float32Array): number {
  return 1.4826 * absoluteQuantile(residuals, 0.5, 0.5);
}
