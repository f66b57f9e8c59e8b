/** A low-order 2-D polynomial in normalised coordinates: smooth enough for lighting, too stiff to follow strokes. */
export interface Surface {
  degree: number;
  coefficients: Float64Array;
}

function termCount(degree: number): number {
  return ((degree + 1) * (degree + 2)) / 2;
}

function terms(u: number, v: number, degree: number, out: Float64Array): void {
  let index = 0;
  for (let total = 0; total <= degree; total++) {
    for (let vPower = 0; vPower <= total; vPower++) out[index++] = u ** (total - vPower) * v ** vPower;
  }
}

function solve(matrix: Float64Array, rhs: Float64Array, n: number): Float64Array | undefined {
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(matrix[row * n + column]!) > Math.abs(matrix[pivot * n + column]!)) pivot = row;
    if (Math.abs(matrix[pivot * n + column]!) < 1e-12) return undefined;
    if (pivot !== column) {
      for (let k = 0; k < n; k++) {
        const tmp = matrix[column * n + k]!;
        matrix[column * n + k] = matrix[pivot * n + k]!;
        matrix[pivot * n + k] = tmp;
      }
      const tmp = rhs[column]!;
      rhs[column] = rhs[pivot]!;
      rhs[pivot] = tmp;
    }
    for (let row = column + 1; row < n; row++) {
      const factor = matrix[row * n + column]! / matrix[column * n + column]!;
      if (factor === 0) continue;
      for (let k = column; k < n; k++) matrix[row * n + k]! -= factor * matrix[column * n + k]!;
      rhs[row]! -= factor * rhs[column]!;
    }
  }
  const solution = new Float64Array(n);
  for (let row = n - 1; row >= 0; row--) {
    let sum = rhs[row]!;
    for (let k = row + 1; k < n; k++) sum -= matrix[row * n + k]! * solution[k]!;
    solution[row] = sum / matrix[row * n + row]!;
  }
  return solution;
}

function weightedFit(design: Float64Array, stride: number, values: Float64Array, weights: Uint8Array, degree: number): Surface | undefined {
  const n = termCount(degree);
  const matrix = new Float64Array(n * n);
  const rhs = new Float64Array(n);
  for (let i = 0; i < values.length; i++) {
    if (!weights[i]) continue;
    const row = i * stride;
    for (let a = 0; a < n; a++) {
      const term = design[row + a]!;
      rhs[a]! += term * values[i]!;
      for (let b = 0; b < n; b++) matrix[a * n + b]! += term * design[row + b]!;
    }
  }
  // A whisper of ridge keeps nearly-flat fits well-posed when rejected samples leave gaps.
  for (let a = 1; a < n; a++) matrix[a * n + a]! += 1e-6;
  const coefficients = solve(matrix, rhs, n);
  return coefficients && { degree, coefficients };
}

function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Robust least squares, raising the degree one step at a time from a constant (the median) and
 * dropping samples far from the current surface before each refit, so a large share of ink
 * blocks cannot bend the surface towards them. `below`/`above` are rejection thresholds in
 * robust standard deviations: the paper fit drops ink (below) more eagerly than glare (above).
 */
export function fitRobustSurface(u: Float64Array, v: Float64Array, values: Float64Array, maxDegree: number, below: number, above: number): Surface {
  const topDegree = values.length >= 4 * termCount(maxDegree) ? maxDegree : values.length >= 12 ? 1 : 0;
  const stride = termCount(topDegree);
  // Terms are ordered by total degree, so a lower-degree fit uses a prefix of each design row.
  const design = new Float64Array(values.length * stride);
  const row = new Float64Array(stride);
  for (let i = 0; i < values.length; i++) {
    terms(u[i]!, v[i]!, topDegree, row);
    design.set(row, i * stride);
  }
  const weights = new Uint8Array(values.length);
  const residuals = new Float64Array(values.length);
  const magnitudes = new Float64Array(values.length);
  let surface: Surface = { degree: 0, coefficients: Float64Array.of(median(values)) };
  // Constant, plane, then the full degree: enough steps to keep ink out, few enough to stay cheap.
  const schedule = topDegree > 1 ? [0, 1, topDegree, topDegree] : topDegree === 1 ? [0, 1, 1] : [0, 0];
  for (const degree of schedule) {
    const n = surface.coefficients.length;
    for (let i = 0; i < values.length; i++) {
      let fitted = 0;
      for (let k = 0; k < n; k++) fitted += design[i * stride + k]! * surface.coefficients[k]!;
      residuals[i] = values[i]! - fitted;
      magnitudes[i] = Math.abs(residuals[i]!);
    }
    const scale = Math.max(0.004, 1.4826 * median(magnitudes));
    let kept = 0;
    for (let i = 0; i < values.length; i++) {
      weights[i] = residuals[i]! >= -below * scale && residuals[i]! <= above * scale ? 1 : 0;
      kept += weights[i]!;
    }
    if (kept < termCount(degree) * 3) return surface;
    const fitted = weightedFit(design, stride, values, weights, degree);
    if (!fitted) return surface;
    surface = fitted;
  }
  return surface;
}

/** Collapses the surface at row coordinate v to a polynomial in u: out[p] is the coefficient of u^p. */
export function rowPolynomial(surface: Surface, v: number, out: Float64Array): void {
  out.fill(0);
  let index = 0;
  for (let total = 0; total <= surface.degree; total++) {
    for (let vPower = 0; vPower <= total; vPower++) out[total - vPower]! += surface.coefficients[index++]! * v ** vPower;
  }
}

/** Evaluates the surface at every pixel centre of a width x height grid (u, v in -1..1). */
export function renderSurface(surface: Surface, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const row = new Float64Array(surface.degree + 1);
  for (let y = 0; y < height; y++) {
    rowPolynomial(surface, ((y + 0.5) / height) * 2 - 1, row);
    for (let x = 0; x < width; x++) {
      const u = ((x + 0.5) / width) * 2 - 1;
      let sum = 0;
      for (let power = surface.degree; power >= 0; power--) sum = sum * u + row[power]!;
      out[y * width + x] = sum;
    }
  }
  return out;
}
