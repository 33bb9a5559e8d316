package dev.mailroom.app.antivirus;

import dev.mailroom.app.common.DialogViewModel;
import dev.mailroom.app.common.Rules;
import dev.mailroom.app.common.TaskExecutor;
import dev.mailroom.app.common.ValidatedField;
import dev.mailroom.core.antivirus.AntivirusClient;
import dev.mailroom.core.antivirus.AntivirusSettings;
import dev.mailroom.core.antivirus.CommandLineScannerSettings;
import dev.mailroom.core.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A command-line scanner's properties (article 27): program, argument template with {@code %f},
 * the exit codes that mean clean and infected, the scratch directory, "single instance" for
 * scanners that cannot run twice at once, and the pattern that finds the virus name in its
 * output. "Use clamscan template" fills in ClamAV's own command-line scanner.
 */
public final class CommandLineScannerViewModel extends DialogViewModel {
    private final AntivirusClient client;
    private final int index;

    final ValidatedField name;
    final BooleanProperty enabled;
    final ValidatedField executable;
    final ValidatedField arguments;
    final ValidatedField cleanExitCodes;
    final ValidatedField infectedExitCodes;
    final ValidatedField scratchDirectory;
    final BooleanProperty singleInstance;
    final ValidatedField timeoutSeconds;
    final ValidatedField virusNamePattern;

    public CommandLineScannerViewModel(TaskExecutor executor, AntivirusClient client, CommandLineScannerSettings s, int index) {
        super(executor);
        this.client = client;
        this.index = index;
        name = form.add("name", "", Rules.required("Scanner name"));
        enabled = new SimpleBooleanProperty(this, "enabled");
        executable = form.add("executable", "", Rules.required("Executable path"));
        arguments = form.add("arguments", "", v -> v.contains("%f") ? null : "The arguments must contain %f where the message file goes");
        cleanExitCodes = form.add("cleanExitCodes", "", Rules.parsedBy(v -> codes("cleanExitCodes", v)));
        infectedExitCodes = form.add("infectedExitCodes", "", Rules.parsedBy(v -> codes("infectedExitCodes", v)));
        scratchDirectory = form.add("scratchDirectory", "", Rules.required("Scratch directory"));
        singleInstance = new SimpleBooleanProperty(this, "singleInstance");
        timeoutSeconds = form.add("timeoutSeconds", "", Rules.wholeNumber("Timeout", 1, 3600));
        virusNamePattern = form.add("virusNamePattern", "", Rules.any());
        fill(s);
    }

    /** Replaces every field with the clamscan template, keeping the scratch directory. */
    public void useClamscanTemplate() {
        String scratch = scratchDirectory.text().isBlank() ? "Queues/Scan" : scratchDirectory.text().strip();
        boolean on = enabled.get();
        fill(CommandLineScannerSettings.clamscanTemplate(scratch));
        enabled.set(on);
    }

    private void fill(CommandLineScannerSettings s) {
        name.setText(s.name());
        enabled.set(s.enabled());
        executable.setText(s.executable());
        arguments.setText(String.join(" ", s.arguments()));
        cleanExitCodes.setText(joined(s.cleanExitCodes()));
        infectedExitCodes.setText(joined(s.infectedExitCodes()));
        scratchDirectory.setText(s.scratchDirectory());
        singleInstance.set(s.singleInstance());
        timeoutSeconds.setText(String.valueOf(s.timeoutSeconds()));
        virusNamePattern.setText(s.virusNamePattern());
    }

    private static String joined(Set<Integer> codes) {
        return codes.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "0" or "1, 2": exit codes separated by commas or spaces. */
    static Set<Integer> codes(String field, String text) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int c = Integer.parseInt(part);
                if (c < 0 || c > 255) {
                    throw new InvalidValueException(field, "Exit codes are numbers from 0 to 255");
                }
                out.add(c);
            } catch (NumberFormatException e) {
                throw new InvalidValueException(field, "Exit codes are numbers from 0 to 255, separated by commas");
            }
        }
        if (out.isEmpty()) {
            throw new InvalidValueException(field, "Enter at least one exit code");
        }
        return out;
    }

    @Override
    protected Callable<?> prepareSave() {
        List<String> args = Arrays.stream(arguments.text().strip().split("\\s+")).filter(a -> !a.isEmpty()).toList();
        CommandLineScannerSettings value = new CommandLineScannerSettings(name.text().strip(), enabled.get(),
                executable.text().strip(), args, codes("cleanExitCodes", cleanExitCodes.text()),
                codes("infectedExitCodes", infectedExitCodes.text()), scratchDirectory.text().strip(), singleInstance.get(),
                Integer.parseInt(timeoutSeconds.text().strip()), virusNamePattern.text());
        return () -> {
            AntivirusSettings s = client.settings();
            List<CommandLineScannerSettings> list = new ArrayList<>(s.commandLine());
            if (index < 0 || index >= list.size()) {
                list.add(value);
            } else {
                list.set(index, value);
            }
            return client.save(new AntivirusSettings(s.enabled(), s.clamd(), list, s.onInfected(), s.onScanFailure(),
                    s.notifyAdministrator(), s.administratorAddress(), s.notifyRecipient()));
        };
    }
}
