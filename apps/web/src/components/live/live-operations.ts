import { graphql } from "@/graphql/generated";

/** The version serving predictions and where its browser files are: polled to notice a new one. */
export const LiveModelDocument = graphql(`
  query LiveModel {
    activeModel {
      id
      name
      contentId
      browserModelPath
    }
  }
`);
