package dev.overscope.core.reach;

/** One agent's way to a file, with the reason in words ("Claude Code loads CLAUDE.md into every session"). */
public record AgentExposure(String agent, Reach reach, String reason) {}
