package dev.mailroom.app.antivirus;

import static dev.mailroom.app.antivirus.Controls.check;
import static dev.mailroom.app.antivirus.Controls.text;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import javafx.scene.control.Label;

/** ClamAV daemon properties. Controls only; see {@link ClamdScannerViewModel}. */
public final class ClamdScannerView {
    private final PropertiesDialog dialog;

    public ClamdScannerView(ClamdScannerViewModel vm) {
        dialog = new PropertiesDialog("ClamAV Daemon Properties", vm);
        FormGrid g = new FormGrid(dialog.decorations());
        g.add("_Name:", text("clamd-name", vm.name), vm.name);
        g.addWide(check("clamd-enabled", "Use this scanner", vm.enabled));
        g.add("_Socket:", text("clamd-socket", vm.socket), vm.socket);
        Label hint = Controls.note("tcp:127.0.0.1:3310 (clamd.conf TCPSocket) or unix:/run/clamav/clamd.ctl (LocalSocket)");
        g.addWide(hint);
        g.add("_Timeout (ms):", text("clamd-timeout", vm.timeoutMillis), vm.timeoutMillis);
        g.add("_Pool size:", text("clamd-pool", vm.poolSize), vm.poolSize);
        Label limit = Controls.note("A message larger than clamd's StreamMaxLength cannot be scanned and takes the "
                + "\"cannot scan\" action of the Actions tab; it is never passed as clean.");
        g.addWide(limit);
        dialog.addTab("ClamAV", g.node());
    }

    public PropertiesDialog dialog() {
        return dialog;
    }
}
