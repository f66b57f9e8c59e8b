// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are checked by each test's assertions
export type Json = any;

export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  data?: Json;
  errors?: GraphQLError[];
  text: string;
}

export interface UploadFile {
  /** Where the map puts it, e.g. "variables.image" or "variables.images.0". */
  path: string;
  bytes: Uint8Array;
  name?: string;
  type?: string;
}

export const PREFLIGHT = { "apollo-require-preflight": "true" };

/** Plain fetch: JSON requests and raw multipart FormData, the way any client would send them. */
export class TestClient {
  constructor(
    readonly url: string,
    readonly headers: Record<string, string> = {},
  ) {}

  with(headers: Record<string, string>): TestClient {
    return new TestClient(this.url, { ...this.headers, ...headers });
  }

  withKey(key: string): TestClient {
    return this.with({ authorization: `Bearer ${key}` });
  }

  async send(init: RequestInit): Promise<GraphQLResponse> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      ...init,
      headers: { ...this.headers, ...(init.headers as Record<string, string>) },
    });
    const text = await response.text();
    let body: { data?: Json; errors?: GraphQLError[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Not JSON: tests look at status and text.
    }
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors, text };
  }

  /** A JSON POST; `body` may be anything, e.g. a batch array. */
  post(body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
    return this.send({
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", ...headers },
    });
  }

  query(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
    return this.post({ query, variables });
  }

  /** A GraphQL multipart request: operations, map, then the files in map order. */
  upload(
    query: string,
    variables: Record<string, unknown>,
    files: UploadFile[],
    headers: Record<string, string> = PREFLIGHT,
  ): Promise<GraphQLResponse> {
    const form = new FormData();
    form.append("operations", JSON.stringify({ query, variables }));
    form.append(
      "map",
      JSON.stringify(Object.fromEntries(files.map((file, index) => [String(index), [file.path]]))),
    );
    files.forEach((file, index) => {
      form.append(
        String(index),
        new Blob([file.bytes], { type: file.type ?? "image/png" }),
        file.name ?? `file-${index}.png`,
      );
    });
    return this.send({ body: form, headers });
  }

  /** Multipart with hand-written fields, for malformed requests. */
  multipart(
    fields: Array<[string, string | Blob, string?]>,
    headers: Record<string, string> = PREFLIGHT,
  ): Promise<GraphQLResponse> {
    const form = new FormData();
    for (const [name, value, fileName] of fields) {
      if (typeof value === "string") form.append(name, value);
      else form.append(name, value, fileName);
    }
    return this.send({ body: form, headers });
  }
}

export const PREDICT_DIGIT = /* GraphQL */ `
  mutation Predict($image: Upload!, $topK: Int) {
    predictDigit(image: $image, topK: $topK) {
      id
      stored
      digit
      confidence
      probabilities
      notDigitProbability
      topK {
        digit
        probability
      }
      uncertain
      normalizedImage
      thumbnail
      fileName
      mimeType
      width
      height
      inverted
      createdAt
      latencyMs
      modelVersion
      correctDigit
    }
  }
`;

export const PREDICT_DIGITS = /* GraphQL */ `
  mutation PredictMany($images: [Upload!]!, $topK: Int) {
    predictDigits(images: $images, topK: $topK) {
      index
      fileName
      error {
        code
        message
      }
      prediction {
        id
        digit
        fileName
        topK {
          digit
        }
      }
    }
  }
`;

export const CREATE_API_KEY = /* GraphQL */ `
  mutation Key($name: String!) {
    createApiKey(name: $name) {
      id
      name
      key
      createdAt
    }
  }
`;

export const HISTORY = /* GraphQL */ `
  query History($first: Int, $after: String, $digit: Int, $corrected: Boolean) {
    predictions(first: $first, after: $after, digit: $digit, corrected: $corrected) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          digit
          correctDigit
          fileName
        }
      }
    }
  }
`;

export const READ_NUMBER = /* GraphQL */ `
  mutation ReadNumber($image: Upload!, $topK: Int) {
    readNumber(image: $image, topK: $topK) {
      id
      stored
      value
      uncertain
      digits {
        digit
        confidence
        probabilities
        notDigitProbability
        topK {
          digit
          probability
        }
        uncertain
        box {
          x
          y
          width
          height
        }
        normalizedImage
      }
      thumbnail
      fileName
      mimeType
      width
      height
      inverted
      createdAt
      latencyMs
      modelVersion
      correctValue
    }
  }
`;

export const NUMBER_HISTORY = /* GraphQL */ `
  query NumberHistory($first: Int, $after: String, $corrected: Boolean) {
    numberReadings(first: $first, after: $after, corrected: $corrected) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          value
          correctValue
          fileName
          digits {
            digit
            box {
              x
            }
          }
        }
      }
    }
  }
`;
