import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { screenshot } from "./artifacts";
import { launchBrowser, openApp } from "./browser";
import { focused, isInView } from "./page-state";

let browser: Browser;
let page: Page;
let shippedModelId: string | undefined;

/** Straight to the API, for set-up and clean-up that is not what these tests are about. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${inject("apiUrl")}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${inject("adminToken")}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

beforeAll(async () => {
  shippedModelId = (await api<{ activeModel: { id: string } }>("{ activeModel { id } }")).activeModel.id;
  browser = await launchBrowser();
  ({ page } = await openApp(browser, "/training"));
});

// Whatever happened here, the other test files must predict with the shipped model.
afterAll(async () => {
  await browser?.close();
  if (shippedModelId)
    await api("mutation ($id: ID!) { activateModel(id: $id) { id } }", { id: shippedModelId });
});

const runs = () => page.getByTestId("training-run");
const activeModelId = () =>
  page.locator('[data-testid="model-row"][data-active="true"]').getAttribute("data-model-id");

async function startRun(settings: {
  epochs: string;
  trainLimit: string;
  batchSize: string;
}): Promise<string> {
  const before = await runs().evaluateAll((els) => els.map((el) => el.getAttribute("data-run-id")));
  const form = page.getByTestId("start-run-form");
  const architecture = form.getByRole("combobox", { name: "Architecture" });
  // The API's default comes preselected; each choice is described from the architectures query.
  await expect.poll(() => architecture.textContent()).toBe("compact");
  await architecture.click();
  await page.getByRole("option", { name: "reference" }).click();
  await expect.poll(() => form.getByText(/^the Keras model .* 694,091 parameters$/).count()).toBe(1);
  await form.getByTestId("run-epochs").fill(settings.epochs);
  await form.getByTestId("run-batchSize").fill(settings.batchSize);
  await form.getByTestId("run-trainLimit").fill(settings.trainLimit);
  await form.getByTestId("start-run").click();
  let id: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await runs().evaluateAll((els) => els.map((el) => el.getAttribute("data-run-id")));
        id = now.find((run) => run && !before.includes(run)) ?? null;
        return id;
      },
      { timeout: 60_000 },
    )
    .not.toBeNull();
  return id!;
}

const statusOf = (id: string) =>
  page.locator(`[data-testid="training-run"][data-run-id="${id}"]`).getAttribute("data-status");

describe("Training page", () => {
  it("lists the shipped run and models with the active one marked", async () => {
    await runs().first().waitFor();
    expect(
      await page.locator('[data-testid="training-run"][data-status="SUCCEEDED"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId("active-model").count()).toBe(1);
    await screenshot(page, "training");
  });

  it("shows the shipped run's curves, per-class scores and confusion matrix", async () => {
    await page.goto("/training");
    await page
      .locator('[data-testid="training-run"][data-status="SUCCEEDED"]')
      .last()
      .getByRole("link")
      .click();
    await page.getByTestId("training-run-detail").waitFor();
    const curves = page.getByTestId("learning-curves");
    await curves.locator("path.MuiLineChart-line").first().waitFor();
    expect(await curves.locator("path.MuiLineChart-line").count()).toBe(4);
    expect(await curves.getByText("Validation").count()).toBeGreaterThan(0);
    const matrix = page.getByTestId("confusion-matrix");
    expect(await matrix.locator("tbody tr").count()).toBe(10);
    expect(await matrix.locator("tbody td").count()).toBe(100);
    const total = (await matrix.locator("tbody td").allTextContents()).reduce((sum, n) => sum + Number(n), 0);
    expect(total).toBeGreaterThan(0);
    expect(await page.getByTestId("test-accuracy").textContent()).toMatch(/^\d+(\.\d)?%$/);
    expect(await page.getByTestId("run-config").textContent()).toContain("Architecture");
    await screenshot(page, "training-run");
    await page.getByRole("link", { name: "All runs" }).click();
    await runs().first().waitFor();
  });

  it("reveals no admin controls for a token the API rejects", async () => {
    await page.goto("/training");
    await page.getByTestId("admin-token-input").fill("not-the-admin-token-at-all");
    await page.getByTestId("admin-token-save").click();
    await expect.poll(() => page.getByTestId("admin-status").textContent()).toContain("did not accept");
    expect(await focused(page)).toBe("admin-status");
    expect(await page.getByTestId("start-run-form").count()).toBe(0);
    expect(await page.getByTestId("activate-model").count()).toBe(0);
    await page.getByRole("button", { name: "Forget token" }).click();
    await expect.poll(() => focused(page)).toBe("admin-token-input");
  });

  it(
    "as admin, starts a tiny run, watches it finish and activates its model",
    { timeout: 300_000 },
    async () => {
      await page.goto("/training");
      await page.getByTestId("admin-token-input").fill(inject("adminToken"));
      await page.getByTestId("admin-token-save").click();
      await expect.poll(() => page.getByTestId("admin-status").textContent()).toContain("Admin:");
      const shippedModel = await activeModelId();
      expect(shippedModel).toBe(shippedModelId);

      const id = await startRun({ epochs: "1", trainLimit: "500", batchSize: "64" });
      await screenshot(page, "training-live");
      await expect.poll(() => statusOf(id), { timeout: 180_000, interval: 1000 }).toBe("SUCCEEDED");

      const row = page.locator('[data-testid="model-row"][data-active="false"]').first();
      const newModel = await row.getAttribute("data-model-id");
      const dialog = page.getByTestId("activate-dialog");

      // Asked first, with both test accuracies; keeping the active model changes nothing.
      await row.getByTestId("activate-model").click();
      await dialog.waitFor();
      expect(await dialog.getByTestId("candidate-accuracy").textContent()).toMatch(/^\d+(\.\d)?%$/);
      expect(await dialog.getByTestId("active-accuracy").textContent()).toMatch(/^\d+(\.\d)?%$/);
      expect(await dialog.getByTestId("accuracy-difference").textContent()).toMatch(/percentage points/);
      await screenshot(page, "training-activate-confirm");
      await dialog.getByRole("button", { name: /^Keep / }).click();
      await dialog.waitFor({ state: "detached" });
      expect(await activeModelId()).toBe(shippedModel);

      await row.getByTestId("activate-model").click();
      await dialog.getByTestId("confirm-activate").click();
      // Once the run is compared with the active model, a model worse on a set needs a second yes.
      await expect
        .poll(async () => {
          const anyway = page.getByTestId("activate-anyway");
          if (await anyway.count()) await anyway.click();
          return activeModelId();
        })
        .toBe(newModel);
      await dialog.waitFor({ state: "detached" });
      expect(await focused(page)).toMatch(/^a:run-/);
      await screenshot(page, "training-activated");

      // The same question on a phone, with its answer button on screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await page
        .locator(`[data-testid="model-row"][data-model-id="${shippedModel}"]`)
        .getByTestId("activate-model")
        .click();
      await dialog.waitFor();
      expect(await isInView(dialog.getByTestId("confirm-activate"))).toBe(true);
      expect(await dialog.getByTestId("active-accuracy").textContent()).toMatch(/^\d+(\.\d)?%$/);
      await dialog.getByTestId("confirm-activate").click();
      await expect.poll(activeModelId).toBe(shippedModel);
      await page.setViewportSize({ width: 1280, height: 900 });

      // A one-epoch run's curves are single points, drawn as marks.
      await page.goto(`/training/${id}`);
      await page.getByTestId("learning-curves").locator(".MuiLineChart-mark").first().waitFor();
      expect(await page.getByTestId("learning-curves").locator(".MuiLineChart-mark").count()).toBe(4);
      await screenshot(page, "training-one-epoch-run");
      // Beside the active model set by set: 500 digits for one epoch is worse, and the page says where.
      await page.getByTestId("model-comparison").waitFor({ timeout: 120_000 });
      expect(await page.getByTestId("comparison-sets").textContent()).toContain("MNIST test");
      expect(await page.getByTestId("comparison-worse").textContent()).toMatch(
        /^Worse than the active model on .*MNIST test/,
      );
      await screenshot(page, "training-run-comparison");
    },
  );

  it("as admin, follows a run on its page and cancels it there", { timeout: 240_000 }, async () => {
    await page.goto("/training");
    await page.getByTestId("start-run-form").waitFor();
    const id = await startRun({ epochs: "20", trainLimit: "60000", batchSize: "32" });
    await page.goto(`/training/${id}`);
    const detail = page.getByTestId("training-run-detail");
    // Epochs are counted from 1, with the time so far and, once there is a pace, the time left.
    await expect
      .poll(() => page.getByTestId("run-progress-text").textContent(), { timeout: 120_000 })
      .toMatch(/ · epoch 1 of 20$/);
    expect(await page.getByTestId("run-timing").textContent()).toMatch(/^Elapsed \d/);
    await screenshot(page, "training-run-live");
    await page.getByTestId("cancel-run").click();
    // The trainer notices the cancel between batches, which takes a while on a busy machine.
    await expect
      .poll(() => detail.getAttribute("data-status"), { timeout: 120_000, interval: 1000 })
      .toBe("CANCELLED");
  });
});
