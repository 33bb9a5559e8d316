package dev.mailroom.server.cli;

import picocli.CommandLine.Option;

/** {@code --filter}, {@code --offset}, {@code --limit} of the list commands. */
final class ListOptions {
    @Option(names = "--filter", paramLabel = "TEXT", description = "Only names containing TEXT (case-insensitive)")
    String filter;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N (default: 0)")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Show at most N (default: 100, at most 1000)")
    int limit;
}
