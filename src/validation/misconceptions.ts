/** Explanations for known wrong beliefs (src/genesys/data/misconceptions.json). */
import { describeOperation, getOperation, MISCONCEPTIONS } from '../genesys';
import type { Misconception } from '../genesys/types';

export interface Explanation {
  explanation: string;
  /** "use POST /api/v2/conversations/{conversationId}/cobrowse (postConversationCobrowse)". */
  suggestion: string;
}

/** Built on first use: each reads the records of the operations it names from the snapshot. */
const explanations = new Map<string, Explanation>();

export function explainMisconception(id: string): Explanation {
  let explanation = explanations.get(id);
  if (!explanation) explanations.set(id, (explanation = explain(MISCONCEPTIONS.find((m) => m.id === id) as Misconception)));
  return explanation;
}

function explain(m: Misconception): Explanation {
  const instead = m.instead.map((ref) => getOperation(ref)).filter((op) => op !== undefined).map(describeOperation);
  return { explanation: m.explanation, suggestion: `use ${instead.join(' or ')}` };
}

export function misconceptionFor(kind: 'scope' | 'permission', value: string): Misconception | undefined {
  return MISCONCEPTIONS.find((m) => m.match.kind === kind && m.match.value === value);
}

export function operationMisconception(method: string, path: string): Misconception | undefined {
  return MISCONCEPTIONS.find((m) => m.match.kind === 'operation' && m.match.method === method.toUpperCase()
    && m.match.path === path.split('?')[0].replace(/\/+$/, ''));
}
