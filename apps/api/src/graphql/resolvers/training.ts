import {
  HANDWRITING_STYLE_DESCRIPTIONS,
  TRAINING_RUN_LIMITS,
  describeArchitectures,
  type ModelMetadata,
} from "@digit-lab/model";
import { apiError } from "../../errors.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { decodeCursor, encodeCursor, pageInfoOf } from "../cursor.js";
import { requireAdmin } from "../require-admin.js";
import { validateRunOptions } from "./feedback.js";
import { validatePageSize, validateTrainingRunInput } from "../validate.js";

/** Shown on queued runs and the queue while no trainer renews its record. */
export const NO_TRAINER_WARNING =
  "No trainer is alive: queued runs wait until a training worker starts (`pnpm worker`, or an API replica with TRAINER=in-process).";

export const trainingResolvers: Resolvers = {
  Query: {
    trainingRuns: async (_parent, { first, after, status }, context) => {
      const pageSize = validatePageSize(first ?? 20);
      const position = after ? decodeCursor(after) : undefined;
      const page = await context.services.runs.list(status ?? undefined, pageSize, position);
      return { page, status: status ?? undefined };
    },
    trainingRun: async (_parent, { id }, context) => (await context.services.runs.get(id)) ?? null,
    architectures: () => describeArchitectures(),
    trainingRunLimits: () => TRAINING_RUN_LIMITS,
    trainingQueue: async (_parent, _args, context) => {
      const { runs } = context.services;
      const [stats, workersAlive] = await Promise.all([runs.queueStats(), runs.aliveWorkerCount()]);
      return {
        queued: stats.queued,
        oldestQueuedAt:
          stats.oldestAgeSeconds === null ? null : new Date(Date.now() - stats.oldestAgeSeconds * 1000),
        workersAlive,
        warning: workersAlive === 0 ? NO_TRAINER_WARNING : null,
      };
    },
    workers: async (_parent, _args, context) => {
      requireAdmin(context.caller);
      return context.services.runs.listWorkers();
    },
  },
  Mutation: {
    startTrainingRun: async (_parent, { input }, context) => {
      requireAdmin(context.caller);
      const { options, base } = await validateRunOptions(input, context.services.models);
      const config = validateTrainingRunInput({
        ...input,
        architecture: base ? (base.metadata as ModelMetadata).architecture : input.architecture,
      });
      const run = await context.services.runs.enqueue(config, options);
      context.services.trainer?.wake();
      context.log.info({ run: run.id, config: run.config }, "training run queued");
      return run;
    },
    cancelTrainingRun: async (_parent, { id }, context) => {
      requireAdmin(context.caller);
      const outcome = await context.services.runs.cancel(id);
      if (outcome.kind === "missing") throw apiError("NOT_FOUND", `Training run ${id} does not exist.`);
      if (outcome.kind === "finished")
        throw apiError(
          "BAD_USER_INPUT",
          `Training run ${id} cannot be cancelled: run is already ${outcome.row.status}.`,
          {
            field: "id",
          },
        );
      return outcome.row;
    },
  },
  TrainingRunConnection: {
    edges: (connection) => connection.page.rows,
    pageInfo: (connection) => pageInfoOf(connection.page),
    totalCount: (connection, _args, context) => context.services.runs.count(connection.status),
  },
  TrainingRunEdge: {
    cursor: (run) => encodeCursor(run),
    node: (run) => run,
  },
  TrainingWorker: {
    kind: (worker) => (worker.kind === "in-process" ? "IN_PROCESS" : "WORKER"),
    run: async (worker, _args, context) =>
      worker.runId ? ((await context.services.runs.get(worker.runId)) ?? null) : null,
  },
  TrainingRun: {
    warning: async (run, _args, context) =>
      run.status === "QUEUED" && (await context.services.runs.aliveWorkerCount()) === 0
        ? NO_TRAINER_WARNING
        : null,
    testAccuracy: (run) => run.test?.accuracy ?? null,
    testLoss: (run) => run.test?.loss ?? null,
    // A run without a test evaluation (e.g. a fixture model's count 0) has no matrix to show.
    confusionMatrix: (run) =>
      run.test && run.test.confusionMatrix.length > 0 ? run.test.confusionMatrix : null,
    perClass: (run) => (run.test && run.test.perClass.length > 0 ? run.test.perClass : null),
    model: async (run, _args, context) =>
      run.modelVersionId ? ((await context.services.models.get(run.modelVersionId)) ?? null) : null,
    recognition: async (run, _args, context) => {
      const version = run.modelVersionId ? await context.services.models.get(run.modelVersionId) : undefined;
      const report = (version?.metadata as ModelMetadata | undefined)?.evaluation;
      if (!report) return null;
      return {
        crossStyleAccuracy: report.crossStyle.accuracy,
        crossStyleCount: report.crossStyle.count,
        perStyle: Object.entries(report.crossStyle.perStyle).map(([style, result]) => ({
          style,
          description:
            HANDWRITING_STYLE_DESCRIPTIONS[style as keyof typeof HANDWRITING_STYLE_DESCRIPTIONS] ?? style,
          ...result,
        })),
        realisticAccuracy: report.realistic?.accuracy ?? null,
        nonDigitsCaught: report.nonDigits.caught,
        nonDigitCount: report.nonDigits.count,
        digitsFlagged: report.digitsFlagged,
        wrongAnswersFlagged: report.wrongFlagged,
        expectedCalibrationError: report.expectedCalibrationError,
      };
    },
  },
};
