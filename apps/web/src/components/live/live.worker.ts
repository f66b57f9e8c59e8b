import { serveLiveEngine, type LiveEnginePort } from "./live-engine";

// A dedicated worker's global scope receives the page's messages and answers them with postMessage.
serveLiveEngine(globalThis as unknown as LiveEnginePort);
