import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HISTORY, PREDICT_DIGIT, type Json, type TestClient } from "../../../test/graphql-client.js";
import {
  databaseKind,
  postgresUnavailable,
  startTestServer,
  type TestServer,
} from "../../../test/harness.js";
import { drawnDigitPng } from "../../../test/images.js";
import { Caller } from "../../auth/caller.js";
import type { PredictionRow } from "../../db/schema.js";

const FEEDBACK =
  "mutation ($id: ID!, $digit: Int!) { submitFeedback(predictionId: $id, correctDigit: $digit) { id digit correctDigit } }";
const DELETE = "mutation ($id: ID!) { deletePrediction(id: $id) }";
const ONE = "query ($id: ID!) { prediction(id: $id) { id correctDigit } }";

interface Owner {
  ownerId: string;
  client: TestClient;
  caller: Caller;
}

describe.skipIf(postgresUnavailable)(`history: pagination, filters, ownership (${databaseKind})`, () => {
  let api: TestServer;
  let alice: Owner;
  let bob: Owner;
  const aliceRows: PredictionRow[] = [];

  /** A key holder whose owner id we know, so rows can be seeded directly through the store. */
  async function owner(name: string): Promise<Owner> {
    const { row, key } = await api.server.services.owners.createApiKey(undefined, name);
    return {
      ownerId: row.ownerId,
      client: api.anonymous.withKey(key),
      caller: Caller.apiKey({ keyId: row.id, ownerId: row.ownerId }),
    };
  }

  function row(ownerId: string | null, digit: number, createdAt: Date): PredictionRow {
    const probabilities = Array.from({ length: 10 }, (_, d) => (d === digit ? 0.91 : 0.01));
    return {
      id: randomUUID(),
      ownerId,
      modelVersionId: api.server.services.activeModel.version.id,
      digit,
      confidence: 0.91,
      probabilities,
      notDigitProbability: 0,
      uncertain: false,
      normalizedImage: new Uint8Array(),
      thumbnail: new Uint8Array(),
      fileName: `${digit}.png`,
      mimeType: "image/png",
      width: 280,
      height: 280,
      inverted: true,
      latencyMs: 5,
      correctDigit: null,
      createdAt,
    };
  }

  /** Through Apollo directly: nothing about paging needs HTTP. */
  async function execute(
    caller: Caller,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: Json; errors?: Json[] }> {
    const response = await api.server.apollo.executeOperation(
      { query, variables },
      { contextValue: api.server.contextFor(caller) },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return {
      data: response.body.singleResult.data,
      errors: response.body.singleResult.errors as Json[] | undefined,
    };
  }

  beforeAll(async () => {
    api = await startTestServer();
    alice = await owner("alice");
    bob = await owner("bob");
    // 25 rows for alice, one per digit in turn; rows 10-14 share one timestamp to exercise the id tie-break.
    const start = Date.UTC(2026, 10, 1);
    for (let i = 0; i < 25; i++)
      aliceRows.push(
        row(alice.ownerId, i % 10, new Date(i >= 10 && i < 15 ? start + 10_000 : start + i * 1000)),
      );
    await api.server.services.predictions.insert(aliceRows);
    await api.server.services.predictions.insert([
      row(bob.ownerId, 3, new Date(start)),
      row(null, 4, new Date(start)),
    ]);
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("pages through a history newest first, without gaps or repeats, with a stable totalCount", async () => {
    const expected = [...aliceRows]
      .sort(
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0),
      )
      .map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data, errors } = await execute(alice.caller, HISTORY, { first: 10, after });
      expect(errors).toBeUndefined();
      expect(data.predictions.totalCount).toBe(25);
      seen.push(...data.predictions.edges.map((edge: Json) => edge.node.id));
      expect(data.predictions.pageInfo.endCursor).toBe(data.predictions.edges.at(-1)?.cursor ?? null);
      if (!data.predictions.pageInfo.hasNextPage) break;
      after = data.predictions.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it("filters by digit and by whether feedback corrected the prediction, counting within the filter", async () => {
    const threes = await execute(alice.caller, HISTORY, { digit: 3, first: 2 });
    expect(threes.data.predictions.totalCount).toBe(3);
    expect(threes.data.predictions.edges.map((edge: Json) => edge.node.digit)).toEqual([3, 3]);
    expect(threes.data.predictions.pageInfo.hasNextPage).toBe(true);

    const [wrong, confirmed] = aliceRows.filter((r) => r.digit === 5);
    await alice.client.query(FEEDBACK, { id: wrong!.id, digit: 6 });
    await alice.client.query(FEEDBACK, { id: confirmed!.id, digit: 5 });
    const corrected = await execute(alice.caller, HISTORY, { corrected: true });
    expect(corrected.data.predictions.totalCount).toBe(1);
    expect(corrected.data.predictions.edges[0].node).toMatchObject({ id: wrong!.id, correctDigit: 6 });
    const notCorrected = await execute(alice.caller, HISTORY, { corrected: false, digit: 5 });
    // Feedback that agrees with the prediction is no correction.
    expect(notCorrected.data.predictions.edges.map((edge: Json) => edge.node.id)).toEqual([confirmed!.id]);
    // The digit filter reads the digit as corrected: the 5 corrected to 6 is a 6 now, and no longer a 5.
    const fives = await execute(alice.caller, HISTORY, { digit: 5, first: 100 });
    expect(fives.data.predictions.edges.map((edge: Json) => edge.node.id)).not.toContain(wrong!.id);
    expect(fives.data.predictions.totalCount).toBe(1);
    const sixes = await execute(alice.caller, HISTORY, { digit: 6, first: 100 });
    expect(sixes.data.predictions.edges.map((edge: Json) => edge.node.id)).toContain(wrong!.id);
    expect(sixes.data.predictions.totalCount).toBe(3);
    expect(notCorrected.data.predictions.totalCount).toBe(1);
  });

  it.each([
    [{ first: 0 }, "first"],
    [{ first: 101 }, "first"],
    [{ digit: 10 }, "digit"],
    [{ digit: -1 }, "digit"],
    [{ after: "bm90IGEgY3Vyc29y" }, "after"],
  ])("refuses %o with BAD_USER_INPUT", async (variables, name) => {
    const { errors } = await execute(alice.caller, HISTORY, variables);
    expect(errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain(name);
  });

  it("shows, corrects and deletes only the caller's own predictions; other ids answer NOT_FOUND", async () => {
    const target = aliceRows[0]!;
    expect((await bob.client.query(ONE, { id: target.id })).data.prediction).toBeNull();
    const feedback = await bob.client.query(FEEDBACK, { id: target.id, digit: 1 });
    expect(feedback.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const deletion = await bob.client.query(DELETE, { id: target.id });
    expect(deletion.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await bob.client.query(DELETE, { id: "not-a-uuid" })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect((await bob.client.query(HISTORY)).data.predictions.totalCount).toBe(1);
    expect((await alice.client.query(ONE, { id: target.id })).data.prediction).toEqual({
      id: target.id,
      correctDigit: null,
    });
  });

  it("lets the admin see, correct and delete everyone's predictions, anonymous ones included", async () => {
    const all = await api.admin.query(HISTORY, { first: 100 });
    expect(all.data.predictions.totalCount).toBe(27);
    const bobsRow = (await bob.client.query(HISTORY)).data.predictions.edges[0].node;
    const corrected = await api.admin.query(FEEDBACK, { id: bobsRow.id, digit: 8 });
    expect(corrected.data.submitFeedback).toEqual({ id: bobsRow.id, digit: 3, correctDigit: 8 });
    expect((await bob.client.query(ONE, { id: bobsRow.id })).data.prediction.correctDigit).toBe(8);
    expect((await api.admin.query(DELETE, { id: bobsRow.id })).data.deletePrediction).toBe(true);
    expect((await bob.client.query(HISTORY)).data.predictions.totalCount).toBe(0);
  });

  it("reads a page's images only when the query shows them, through fragments too", async () => {
    const scope = { kind: "owner", ownerId: alice.ownerId } as const;
    const [bare] = (await api.server.services.predictions.list(scope, {}, 1, undefined, false)).rows;
    expect(bare).not.toHaveProperty("thumbnail");
    expect(bare).not.toHaveProperty("normalizedImage");
    const [full] = (await api.server.services.predictions.list(scope, {}, 1)).rows;
    expect(full?.thumbnail).toBeInstanceOf(Uint8Array);

    const pictures = await execute(
      alice.caller,
      `{ predictions(first: 2) { edges { node { id ... on Prediction { ...Pictures } } } } }
       fragment Pictures on Prediction { thumbnail normalizedImage }`,
    );
    expect(pictures.errors).toBeUndefined();
    for (const { node } of pictures.data.predictions.edges as Json[]) {
      expect(node.thumbnail).toMatch(/^data:/);
      expect(node.normalizedImage).toMatch(/^data:/);
    }
  });

  it("records feedback and deletes a prediction made over HTTP", async () => {
    const user = await owner("carol");
    const made = await user.client.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(1) },
    ]);
    const id = made.data.predictDigit.id as string;
    expect((await user.client.query(FEEDBACK, { id, digit: 10 })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    const feedback = await user.client.query(FEEDBACK, { id, digit: 7 });
    expect(feedback.data.submitFeedback).toMatchObject({ id, correctDigit: 7 });
    expect((await user.client.query(ONE, { id })).data.prediction.correctDigit).toBe(7);
    expect((await user.client.query(DELETE, { id })).data.deletePrediction).toBe(true);
    expect((await user.client.query(ONE, { id })).data.prediction).toBeNull();
    expect((await user.client.query(DELETE, { id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("asks callers without credentials to authenticate before changing history", async () => {
    const feedback = await api.anonymous.query(FEEDBACK, { id: aliceRows[1]!.id, digit: 2 });
    expect(feedback.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const deletion = await api.anonymous.query(DELETE, { id: aliceRows[1]!.id });
    expect(deletion.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await alice.client.query(ONE, { id: aliceRows[1]!.id })).data.prediction).not.toBeNull();
  });
});
