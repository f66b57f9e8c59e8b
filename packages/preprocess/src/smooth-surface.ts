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

function weightedFit(u: Float64Array, v: Float64Array, values: Float64Array, weights: Float64Array, degree: number): Surface | undefined {
  const n = termCount(degree);
  const matrix = new Float64Array(n * n);
  const rhs = new Float64Array(n);
  const row = new Float64Array(n);
  for (let i = 0; i < values.length; i++) {
    const weight = weights[i]!;
    if (weight === 0) continue;
    terms(u[i]!, v[i]!, degree, row);
    for (let a = 0; a < n; a++) {
      rhs[a]! += weight * row[a]! * values[i]!;
      for (let b = 0; b < n; b++) matrix[a * n + b]! += weight * row[a]! * row[b]!;
    }
  }
  // A whisper of ridge keeps nearly-flat fits well-posed when rejected samples leave gaps.
  for (let a = 1; a < n; a++) matrix[a * n + a]! += 1e-6;
  const coefficients = solve(matrix, rhs, n);
  return coefficients && { degree, coefficients };
}

const scratch = new Float64Array(64);

export function evaluateSurface(surface: Surface, u: number, v: number): number {
  const row = scratch;
  terms(u, v, surface.degree, row);
  let sum = 0;
  for (let i = 0; i < surface.coefficients.length; i++) sum += row[i]! * surface.coefficients[i]!;
  return sum;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
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
  const weights = new Float64Array(values.length);
  let surface: Surface = { degree: 0, coefficients: Float64Array.of(median(Array.from(values))) };
  for (let degree = 0; degree <= topDegree; degree++) {
    for (let iteration = 0; iteration < 2; iteration++) {
      const residuals = Array.from(values, (value, i) => value - evaluateSurface(surface, u[i]!, v[i]!));
      const scale = Math.max(0.004, 1.4826 * median(residuals.map(Math.abs)));
      let kept = 0;
      residuals.forEach((residual, i) => {
        weights[i] = residual >= -below * scale && residual <= above * scale ? 1 : 0;
        kept += weights[i]!;
      });
      if (kept < termCount(degree) * 3) return surface;
      const fitted = weightedFit(u, v, values, weights, degree);
      if (!fitted) return surface;
      surface = fitted;
    }
  }
  return surface;
}

/** Evaluates the surface at every pixel centre; each row collapses to a polynomial in u for speed. */
export function renderSurface(surface: Surface, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  const { degree, coefficients } = surface;
  const rowCoefficients = new Float64Array(degree + 1);
  for (let y = 0; y < height; y++) {
    const v = ((y + 0.5) / height) * 2 - 1;
    rowCoefficients.fill(0);
    let index = 0;
    for (let total = 0; total <= degree; total++) {
      for (let vPower = 0; vPower <= total; vPower++) rowCoefficients[total - vPower]! += coefficients[index++]! * v ** vPower;
    }
    for (let x = 0; x < width; x++) {
      const u = ((x + 0.5) / width) * 2 - 1;
      let sum = 0;
      for (let power = degree; power >= 0; power--) sum = sum * u + rowCoefficients[power]!;
      out[y * width + x] = sum;
    }
  }
  return out;
}
