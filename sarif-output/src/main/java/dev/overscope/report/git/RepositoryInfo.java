package dev.overscope.report.git;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The git repository around a scanned root, as far as SARIF's {@code versionControlProvenance} needs it.
 *
 * @param workTree the repository's top directory: the base every reported path is relative to
 * @param remoteUri the {@code origin} remote (else the first remote), credentials stripped
 * @param revision the commit HEAD points at; empty in a repository without commits
 * @param branch the checked-out branch; empty on a detached HEAD
 */
public record RepositoryInfo(Path workTree, Optional<String> remoteUri, Optional<String> revision, Optional<String> branch) {}
