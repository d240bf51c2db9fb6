// The shared JSON helper always sets a deadline (10 s unless the caller brings its own signal),
// so every tool that uses it is bounded.
export async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(10_000) });
  return response.json();
}
