import { graphql } from "@/graphql/generated";

export const FeedbackSamplesDocument = graphql(`
  query FeedbackSamples(
    $first: Int
    $after: String
    $label: Int
    $kind: FeedbackSourceKind
    $status: FeedbackSampleStatus
  ) {
    feedbackSamples(first: $first, after: $after, label: $label, kind: $kind, status: $status) {
      edges {
        cursor
        node {
          id
          label
          predictedDigit
          kind
          status
          image
          modelVersion
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
    feedbackCounts {
      digit
      training
      holdout
      excluded
      corrected
    }
    feedbackSettings {
      retrainAfterSamples
      newSamples
    }
  }
`);

export const ExcludeFeedbackSampleDocument = graphql(`
  mutation ExcludeFeedbackSample($id: ID!) {
    excludeFeedbackSample(id: $id) {
      id
      status
    }
  }
`);

export const IncludeFeedbackSampleDocument = graphql(`
  mutation IncludeFeedbackSample($id: ID!) {
    includeFeedbackSample(id: $id) {
      id
      status
    }
  }
`);

export const UpdateFeedbackSettingsDocument = graphql(`
  mutation UpdateFeedbackSettings($retrainAfterSamples: Int) {
    updateFeedbackSettings(retrainAfterSamples: $retrainAfterSamples) {
      retrainAfterSamples
      newSamples
    }
  }
`);
