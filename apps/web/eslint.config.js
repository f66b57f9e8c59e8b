// The workspace rules plus what a Next.js + React app needs; `eslint .` here picks this file over the root one.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import workspace from "../../eslint.config.js";

export default tseslint.config(
  ...workspace,
  { ignores: ["test-results/**", "src/graphql/generated/**"] },
  nextPlugin.configs["core-web-vitals"],
  reactHooks.configs.flat["recommended-latest"],
);
