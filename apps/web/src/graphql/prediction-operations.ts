import { graphql } from "./generated";

export const PredictionFields = graphql(`
  fragment PredictionFields on Prediction {
    id
    digit
    confidence
    probabilities
    notDigitProbability
    topK {
      digit
      probability
    }
    uncertain
    normalizedImage
    thumbnail
    fileName
    createdAt
    latencyMs
    modelVersion
    correctDigit
  }
`);

/** The API's own limit, so the browser refuses a file it would refuse before sending it. */
export const UploadLimitsDocument = graphql(`
  query UploadLimits {
    uploadLimits {
      maxFileBytes
    }
  }
`);

export const PredictDigitDocument = graphql(`
  mutation PredictDigit($image: Upload!, $topK: Int) {
    predictDigit(image: $image, topK: $topK) {
      ...PredictionFields
    }
  }
`);

export const PredictDigitsDocument = graphql(`
  mutation PredictDigits($images: [Upload!]!, $topK: Int) {
    predictDigits(images: $images, topK: $topK) {
      index
      fileName
      prediction {
        ...PredictionFields
      }
      error {
        code
        message
      }
    }
  }
`);

export const SubmitFeedbackDocument = graphql(`
  mutation SubmitFeedback($predictionId: ID!, $correctDigit: Int!) {
    submitFeedback(predictionId: $predictionId, correctDigit: $correctDigit) {
      id
      correctDigit
    }
  }
`);

export const DeletePredictionDocument = graphql(`
  mutation DeletePrediction($id: ID!) {
    deletePrediction(id: $id)
  }
`);

export const PredictionsDocument = graphql(`
  query Predictions($first: Int, $after: String, $digit: Int, $corrected: Boolean) {
    predictions(first: $first, after: $after, digit: $digit, corrected: $corrected) {
      edges {
        cursor
        node {
          ...PredictionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const PredictionDocument = graphql(`
  query Prediction($id: ID!) {
    prediction(id: $id) {
      ...PredictionFields
    }
  }
`);
