/**
 * @module Makes the OpenAI-compatible client from the parsed model configuration: OpenAI, a local
 * server through a base URL, or Azure OpenAI. A factory, not a client: the SDK captures `fetch`
 * when it is constructed, so tests (msw) and the Worker get a client made at the right moment.
 */
import OpenAI, { AzureOpenAI } from 'openai';
import type { LlmConfig } from '../config';

export type OpenAIFactory = () => OpenAI;

export function openAIFactory(llm: LlmConfig | null): OpenAIFactory | null {
  if (!llm) return null;
  if (llm.kind === 'azure') {
    return () =>
      new AzureOpenAI({
        apiKey: llm.apiKey,
        endpoint: llm.endpoint,
        deployment: llm.deployment,
        apiVersion: llm.apiVersion,
        timeout: llm.timeoutMs,
        maxRetries: llm.maxRetries,
      });
  }
  return () => new OpenAI({ apiKey: llm.apiKey, baseURL: llm.baseURL, timeout: llm.timeoutMs, maxRetries: llm.maxRetries });
}
