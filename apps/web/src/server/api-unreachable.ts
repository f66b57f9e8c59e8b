/** The answer a proxy route gives when the API does not answer: a GraphQL-shaped error clients already read. */
export function apiUnreachable(): Response {
  return Response.json(
    {
      errors: [{ message: "The Digit Lab API cannot be reached.", extensions: { code: "API_UNREACHABLE" } }],
    },
    { status: 502 },
  );
}
