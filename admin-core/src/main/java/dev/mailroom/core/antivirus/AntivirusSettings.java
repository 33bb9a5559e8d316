package dev.mailroom.core.antivirus;

import dev.mailroom.core.config.SettingsSection;
import dev.mailroom.core.model.EmailAddress;
import dev.mailroom.core.model.InvalidValueException;
import java.util.List;

/**
 * The Antivirus filter's properties (Servers > localhost > Filters > Antivirus).
 *
 * <p>Off until the administrator switches it on: with no clamd on the machine, a filter on by
 * default would answer every message "try again later" out of the box.
 *
 * @param onInfected    REJECT in the SMTP transaction (554 5.7.1, the default: no backscatter),
 *                      QUARANTINE under {@code Queues/Quarantine}, or DELETE
 * @param onScanFailure TEMPFAIL ({@code 451 4.7.0}, the default) or ACCEPT_AND_MARK
 * @param notifyAdministrator send a notice to {@code administratorAddress}
 * @param notifyRecipient     send a notice to the local recipients (never to the sender,
 *                            who may be forged: article 12)
 */
public record AntivirusSettings(boolean enabled, List<ClamdSettings> clamd,
                                List<CommandLineScannerSettings> commandLine,
                                InfectedAction onInfected, ScanFailureAction onScanFailure,
                                boolean notifyAdministrator, String administratorAddress,
                                boolean notifyRecipient) {
    public static final SettingsSection<AntivirusSettings> SECTION =
            new SettingsSection<>("antivirus", AntivirusSettings.class, AntivirusSettings::defaults);

    public enum InfectedAction { REJECT, QUARANTINE, DELETE }

    public enum ScanFailureAction { TEMPFAIL, ACCEPT_AND_MARK }

    public AntivirusSettings {
        clamd = clamd == null ? List.of() : List.copyOf(clamd);
        commandLine = commandLine == null ? List.of() : List.copyOf(commandLine);
        onInfected = onInfected == null ? InfectedAction.REJECT : onInfected;
        onScanFailure = onScanFailure == null ? ScanFailureAction.TEMPFAIL : onScanFailure;
        administratorAddress = administratorAddress == null ? "" : administratorAddress.strip();
        if (notifyAdministrator) {
            if (administratorAddress.isEmpty()) {
                throw new InvalidValueException("administratorAddress", "Enter the administrator's address to notify");
            }
            EmailAddress.of("administratorAddress", administratorAddress);
        }
        if (enabled && clamd.stream().noneMatch(ClamdSettings::enabled)
                && commandLine.stream().noneMatch(CommandLineScannerSettings::enabled)) {
            throw new InvalidValueException("enabled", "Enable at least one scanner before switching the filter on");
        }
    }

    public static AntivirusSettings defaults() {
        return new AntivirusSettings(false, List.of(ClamdSettings.debianDefault()),
                List.of(CommandLineScannerSettings.clamscanTemplate("Queues/Scan")),
                InfectedAction.REJECT, ScanFailureAction.TEMPFAIL, false, "", false);
    }
}
