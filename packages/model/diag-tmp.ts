import { initBackend } from "./src/backend.js";
import { loadMnist } from "./src/data/mnist.js";
import { deserializeModel, readModelArtifacts } from "./src/model-store.js";
import { evaluateModel } from "./src/evaluation.js";
await initBackend("wasm");
const data = await loadMnist(undefined, ["test"]);
const model = await deserializeModel(await readModelArtifacts(process.argv[2]!));
const r = evaluateModel(model, data.test);
console.log("acc", r.accuracy, "rejected per class", r.rejected, "wrong digits", r.count - Math.round(r.accuracy * r.count) - (r.rejected ?? []).reduce((a, b) => a + b, 0));
