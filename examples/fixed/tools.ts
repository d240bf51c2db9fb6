// The same lookup, with a deadline: a slow policy service fails the tool call after 10 s
// and the agent can answer without it.
export async function lookupPolicy(policyId: string): Promise<unknown> {
  const response = await fetch(`https://policies.internal.example/v1/policies/${policyId}`, {
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}
