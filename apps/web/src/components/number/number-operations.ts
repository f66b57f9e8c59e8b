import { graphql } from "@/graphql/generated";

export const NumberReadingFields = graphql(`
  fragment NumberReadingFields on NumberReading {
    id
    stored
    value
    uncertain
    digits {
      digit
      confidence
      probabilities
      uncertain
      box {
        x
        y
        width
        height
      }
      normalizedImage
    }
    thumbnail
    fileName
    width
    height
    createdAt
    latencyMs
    modelVersion
    correctValue
  }
`);

export const ReadNumberDocument = graphql(`
  mutation ReadNumber($image: Upload!) {
    readNumber(image: $image) {
      ...NumberReadingFields
    }
  }
`);

export const SubmitNumberFeedbackDocument = graphql(`
  mutation SubmitNumberFeedback($readingId: ID!, $correctValue: String!) {
    submitNumberFeedback(readingId: $readingId, correctValue: $correctValue) {
      id
      correctValue
    }
  }
`);

export const NumberReadingsDocument = graphql(`
  query NumberReadings($first: Int, $after: String, $corrected: Boolean) {
    numberReadings(first: $first, after: $after, corrected: $corrected) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NumberReadingFields
        }
      }
    }
  }
`);

export const DeleteNumberReadingDocument = graphql(`
  mutation DeleteNumberReading($id: ID!) {
    deleteNumberReading(id: $id)
  }
`);
