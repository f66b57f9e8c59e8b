// The workspace's one way to start a thread on a module, built or from source (see @digit-lab/worker-thread).
export { startThread } from "@digit-lab/worker-thread";
