package dev.mailroom.app.antivirus;

import static dev.mailroom.app.antivirus.Controls.check;
import static dev.mailroom.app.antivirus.Controls.text;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** A command-line scanner's properties. Controls only; see {@link CommandLineScannerViewModel}. */
public final class CommandLineScannerView {
    private final PropertiesDialog dialog;

    public CommandLineScannerView(CommandLineScannerViewModel vm) {
        dialog = new PropertiesDialog("Command-line Scanner Properties", vm);
        FormGrid g = new FormGrid(dialog.decorations());
        Button template = new Button("Use _clamscan template");
        template.setId("cl-template");
        template.setOnAction(e -> vm.useClamscanTemplate());
        g.addWide(template);
        g.add("_Name:", text("cl-name", vm.name), vm.name);
        g.addWide(check("cl-enabled", "Use this scanner", vm.enabled));
        g.add("_Program:", text("cl-executable", vm.executable), vm.executable);
        g.add("_Arguments (%f = file):", text("cl-arguments", vm.arguments), vm.arguments);
        g.add("C_lean exit codes:", text("cl-clean", vm.cleanExitCodes), vm.cleanExitCodes);
        g.add("_Infected exit codes:", text("cl-infected", vm.infectedExitCodes), vm.infectedExitCodes);
        g.add("_Scratch directory:", text("cl-scratch", vm.scratchDirectory), vm.scratchDirectory);
        g.addWide(check("cl-single", "Single instance: the program cannot run twice at once (scans wait for each other)",
                vm.singleInstance));
        g.add("_Timeout (s):", text("cl-timeout", vm.timeoutSeconds), vm.timeoutSeconds);
        g.add("_Virus name pattern:", text("cl-pattern", vm.virusNamePattern), vm.virusNamePattern);
        Label note = Controls.note("Any other exit code means the scan failed. A relative scratch directory is under the data "
                + "directory; each message is written there for the scan and removed after it.");
        g.addWide(note);
        dialog.addTab("Program", g.node());
    }

    public PropertiesDialog dialog() {
        return dialog;
    }
}
