import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// waitFor's default 1 s is too short while the integration suites, the builds and the e2e share the cores.
configure({ asyncUtilTimeout: 10_000 });

// Testing Library only auto-cleans when test globals are on; ours are imported explicitly.
afterEach(() => {
  cleanup();
});
