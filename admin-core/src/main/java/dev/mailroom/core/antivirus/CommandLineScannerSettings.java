package dev.mailroom.core.antivirus;

import dev.mailroom.core.model.InvalidValueException;
import java.util.List;
import java.util.Set;

/**
 * A command-line scanner as the administrator configures it (knowledge base article 27).
 *
 * @param arguments        argument template; {@code %f} stands for the message file
 * @param scratchDirectory where each message is written for scanning; a relative path is under the
 *                         data directory, which keeps it on the server's own disk
 * @param virusNamePattern regular expression whose first group is the virus name in the output
 */
public record CommandLineScannerSettings(String name, boolean enabled, String executable, List<String> arguments,
                                         Set<Integer> cleanExitCodes, Set<Integer> infectedExitCodes,
                                         String scratchDirectory, boolean singleInstance, int timeoutSeconds,
                                         String virusNamePattern) {
    public CommandLineScannerSettings {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "Scanner name is required");
        }
        if (executable == null || executable.isBlank()) {
            throw new InvalidValueException("executable", "Executable path is required");
        }
        arguments = arguments == null ? List.of("%f") : List.copyOf(arguments);
        if (arguments.stream().noneMatch(a -> a.contains("%f"))) {
            throw new InvalidValueException("arguments", "The arguments must contain %f where the message file goes");
        }
        cleanExitCodes = cleanExitCodes == null ? Set.of(0) : Set.copyOf(cleanExitCodes);
        infectedExitCodes = infectedExitCodes == null ? Set.of(1) : Set.copyOf(infectedExitCodes);
        if (cleanExitCodes.isEmpty()) {
            throw new InvalidValueException("cleanExitCodes", "At least one exit code must mean clean");
        }
        if (infectedExitCodes.isEmpty()) {
            throw new InvalidValueException("infectedExitCodes", "At least one exit code must mean infected");
        }
        for (Integer c : cleanExitCodes) {
            if (infectedExitCodes.contains(c)) {
                throw new InvalidValueException("infectedExitCodes", "Exit code " + c + " cannot mean both clean and infected");
            }
        }
        if (scratchDirectory == null || scratchDirectory.isBlank()) {
            throw new InvalidValueException("scratchDirectory", "A scratch directory is required");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new InvalidValueException("timeoutSeconds", "Timeout must be between 1 and 3600 seconds");
        }
        virusNamePattern = virusNamePattern == null ? "" : virusNamePattern;
        try {
            java.util.regex.Pattern.compile(virusNamePattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new InvalidValueException("virusNamePattern", "Not a valid regular expression: " + e.getDescription());
        }
    }

    /** The template that ships for ClamAV's command-line scanner, {@code clamscan}. */
    public static CommandLineScannerSettings clamscanTemplate(String scratchDirectory) {
        return new CommandLineScannerSettings("clamscan", false, "/usr/bin/clamscan",
                List.of("--no-summary", "--stdout", "%f"), Set.of(0), Set.of(1), scratchDirectory, false, 120,
                ": (\\S+) FOUND$");
    }
}
