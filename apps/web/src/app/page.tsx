import { RecogniseView } from "@/components/recognise/recognise-view";

export default function RecognisePage() {
  return <RecogniseView />;
}
