package dev.overscope.detectors.agents.mcp;

/**
 * One value of an MCP server that could carry a credential.
 *
 * @param field where it sits, as a reader would say it: {@code env.GITHUB_PERSONAL_ACCESS_TOKEN},
 *     {@code headers.Authorization}, {@code args[5] (after --access-token)}, {@code url query api_key}
 * @param name the name that says what it is (the env var, header or flag), for scope and for the rule catalogue
 * @param value the literal text that may be the credential
 * @param context a line the rule catalogue can read, e.g. {@code RAILWAY_API_TOKEN=<value>}
 * @param pointer JSON pointer of the scalar holding it, for its offset
 */
public record McpValue(String field, String name, String value, String context, String pointer) {}
